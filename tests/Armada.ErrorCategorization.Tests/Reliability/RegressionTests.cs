using Armada.ErrorCategorization.Tests.Events;
using ArmadaProject.Io.ArmadaEvents;
using Google.Protobuf;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Reliability;

/// <summary>
/// The smallest inputs that once broke the library, found by the property and edge-case tests here
/// and kept as plain tests so the bug stays fixed whatever seed the property tests draw.
/// </summary>
[TestFixture]
public class RegressionTests
{
    // A termination message with a lone surrogate gave a FailureInfo that protobuf wrote with U+FFFD
    // in its place, so the decoded event differed from the one sent, and ToString() threw
    // ArgumentException from protobuf's JSON formatter.
    [Test]
    public void CreateEvent_LoneSurrogateMessage_DecodesToEqualEvent()
    {
        var pod = ManagedPod.Builder().Terminated("main", 1, "Error", "\uD800").Build();
        var sequence = ManagedPod.Factory().CreateEventForCurrentState(pod, ManagedPod.ClusterId, classifier: null);

        var decoded = EventSequence.Parser.ParseFrom(sequence.ToByteArray());

        decoded.ShouldBe(sequence);
    }

    [Test]
    public void CreateEvent_LoneSurrogateMessage_FormatsAsJson()
    {
        var pod = ManagedPod.Builder().Terminated("main", 1, "Error", "\uD800").Build();
        var sequence = ManagedPod.Factory().CreateEventForCurrentState(pod, ManagedPod.ClusterId, classifier: null);

        var json = JsonFormatter.Default.Format(sequence);

        JsonParser.Default.Parse<EventSequence>(json).ShouldBe(sequence);
    }
}
