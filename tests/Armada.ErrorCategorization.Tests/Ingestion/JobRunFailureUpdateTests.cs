using Armada.ErrorCategorization.Ingestion;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Ingestion;

[TestFixture]
public class JobRunFailureUpdateTests
{
    private static readonly DateTimeOffset Earlier = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = new(2025, 1, 1, 0, 5, 0, TimeSpan.Zero);

    private static JobRunFailureUpdate Full(string runId, DateTimeOffset finished, string suffix) => new()
    {
        RunId = runId,
        JobId = "job-" + suffix,
        State = LookoutJobRunState.Failed,
        Finished = finished,
        Node = "node-" + suffix,
        Error = "error-" + suffix,
        Debug = "debug-" + suffix,
        ExitCode = suffix.Length,
        FailureInfoJson = $$"""{"containerName":"{{suffix}}"}""",
    };

    private static JobRunFailureUpdate Bare(string runId) => new()
    {
        RunId = runId,
        JobId = "job-bare",
        State = LookoutJobRunState.LeaseReturned,
    };

    [Test]
    public void Merge_LaterAllSet_LaterWins()
    {
        var merged = Full("r1", Earlier, "a").Merge(Full("r1", Later, "bb"));

        merged.ShouldBe(Full("r1", Later, "bb"));
    }

    [Test]
    public void Merge_LaterAllNull_EarlierKept()
    {
        var merged = Full("r1", Earlier, "a").Merge(Bare("r1"));

        Assert.Multiple(() =>
        {
            merged.JobId.ShouldBe("job-bare");
            merged.State.ShouldBe(LookoutJobRunState.LeaseReturned);
            merged.Finished.ShouldBe(Earlier);
            merged.Node.ShouldBe("node-a");
            merged.Error.ShouldBe("error-a");
            merged.Debug.ShouldBe("debug-a");
            merged.ExitCode.ShouldBe(1);
            merged.FailureInfoJson.ShouldBe("""{"containerName":"a"}""");
        });
    }

    [Test]
    public void Merge_LaterFailureInfo_ReplacesWholeObject()
    {
        var earlier = Bare("r1") with { FailureInfoJson = """{"exitCode":1,"containerName":"a"}""" };
        var later = Bare("r1") with { FailureInfoJson = """{"categories":["oom"]}""" };

        earlier.Merge(later).FailureInfoJson.ShouldBe("""{"categories":["oom"]}""");
    }

    [Test]
    public void Merge_OtherRun_Throws()
    {
        var exception = Should.Throw<ArgumentException>(() => Bare("r1").Merge(Bare("r2")));

        Assert.Multiple(() =>
        {
            exception.ParamName.ShouldBe("later");
            exception.Message.ShouldStartWith("Cannot merge the update for run 'r2' into the update for run 'r1': only updates for the same run can be merged.");
        });
    }

    [Test]
    public void Merge_Null_Throws()
    {
        Should.Throw<ArgumentNullException>(() => Bare("r1").Merge(null!)).ParamName.ShouldBe("later");
    }

    [Test]
    public void Conflate_RepeatedRuns_OnePerRun()
    {
        var updates = new[]
        {
            Full("r2", Earlier, "a"),
            Bare("r1"),
            Bare("r2") with { FailureInfoJson = """{"exitCode":2}""" },
            Bare("r2"),
            Bare("r3") with { Node = "n3" },
        };

        var conflated = JobRunFailureUpdate.Conflate(updates);

        Assert.Multiple(() =>
        {
            conflated.Select(update => update.RunId).ShouldBe(["r2", "r1", "r3"]);
            conflated[0].FailureInfoJson.ShouldBe("""{"exitCode":2}""");
            conflated[0].Node.ShouldBe("node-a");
            conflated[0].State.ShouldBe(LookoutJobRunState.LeaseReturned);
            conflated[1].ShouldBe(Bare("r1"));
            conflated[2].Node.ShouldBe("n3");
        });
    }

    [Test]
    public void Conflate_Empty_Empty()
    {
        JobRunFailureUpdate.Conflate([]).ShouldBeEmpty();
    }

    [Test]
    public void Conflate_NullElement_ThrowsNamingIndex()
    {
        var exception = Should.Throw<ArgumentException>(() => JobRunFailureUpdate.Conflate([Bare("r1"), null!]));

        exception.Message.ShouldStartWith("The update at index 1 is null; pass only non-null updates.");
    }

    [Test]
    public void Conflate_NullList_Throws()
    {
        Should.Throw<ArgumentNullException>(() => JobRunFailureUpdate.Conflate(null!)).ParamName.ShouldBe("updates");
    }
}
