using Armada.ErrorCategorization.Events;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Events;

[TestFixture]
public class ExecutorMessagesTests
{
    [Test]
    public void StuckStartingUp_PodCheckMessage_OnSecondLine() =>
        ExecutorMessages.StuckStartingUp("image not found").ShouldBe(
            "Unable to start pod - encountered an unrecoverable problem.\nimage not found");

    [Test]
    public void ErrorDuringIssueHandling_OriginalMessage_AtEnd() =>
        ExecutorMessages.ErrorDuringIssueHandling("pod stuck").ShouldBe(
            "Pod unexpectedly started up after delete was called.\n\nDelete was originally called to handle issue:\npod stuck");
}
