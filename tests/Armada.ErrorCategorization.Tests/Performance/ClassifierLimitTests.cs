using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.ErrorMatch;
using Armada.ErrorCategorization.Tests.Support;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Performance;

/// <summary>
/// The classifier keeps up to eight failed containers and up to 256 category flags on the stack.
/// Past those sizes it moves to the heap, and the results must stay the same.
/// </summary>
[TestFixture]
public class ClassifierLimitTests
{
    private static CategoryConfig ExitCodeCategory(string name, int exitCode, string? containerName = null) => new()
    {
        Name = name,
        Rules = [new CategoryRule { ContainerName = containerName, OnExitCodes = new ExitCodeMatcher { Operator = ExitCodeOperator.In, Values = [exitCode] } }],
    };

    [Test]
    public void Classify_TwelveFailedContainers_MatchesBeyondEighth()
    {
        var builder = new PodBuilder();
        for (var i = 0; i < 9; i++)
        {
            builder.Terminated($"worker-{i}", 10 + i);
        }

        for (var i = 0; i < 3; i++)
        {
            builder.InitTerminated($"setup-{i}", 30 + i);
        }

        var classifier = new Classifier(
        [
            ExitCodeCategory("ninth-regular", 18, "worker-8"),
            ExitCodeCategory("last-init", 32, "setup-2"),
            ExitCodeCategory("first-regular", 10),
            ExitCodeCategory("absent", 99),
        ]);

        classifier.Classify(builder.Build()).ShouldBe(["ninth-regular", "last-init", "first-regular"]);
    }

    [Test]
    public void Explain_TwelveFailedContainers_NamesContainerBeyondEighth()
    {
        var builder = new PodBuilder();
        for (var i = 0; i < 12; i++)
        {
            builder.Terminated($"worker-{i}", 10 + i);
        }

        var match = new Classifier([ExitCodeCategory("twelfth", 21)]).Explain(builder.Build()).ShouldHaveSingleItem();

        Assert.Multiple(() =>
        {
            match.Category.ShouldBe("twelfth");
            match.ContainerName.ShouldBe("worker-11");
            match.Value.ShouldBe("21");
        });
    }

    [Test]
    public void Classify_300Categories_ReturnsMatchesInConfigOrder()
    {
        // Category i lists exit code 1 when i is a multiple of 100, and otherwise code 1000 + i.
        var categories = Enumerable.Range(0, 300)
            .Select(i => ExitCodeCategory($"category-{i}", i % 100 == 0 ? 1 : 1000 + i))
            .ToList();
        var pod = new PodBuilder().Terminated("main", 1).Build();

        new Classifier(categories).Classify(pod).ShouldBe(["category-0", "category-100", "category-200"]);
    }
}
