using System.Text.Json.Nodes;
using Armada.ErrorCategorization.Cli;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Cli;

/// <summary>The JSON Lines output: one compact object per pod and line, keys in a fixed order, readable text.</summary>
[TestFixture]
public class JsonLinesFormatTests
{
    [Test]
    public void Json_EveryOption_KeysInFixedOrder()
    {
        var line = CliRunner.Run("--format", "json", "--explain", "--emit-event", CliRunner.Sample("featurize-traceback-8a2b4.json")).JsonLines().Single();

        Assert.Multiple(() =>
        {
            line.EnumerateObject().Select(property => property.Name).ShouldBe(["pod", "phase", "categories", "failureInfo", "matches", "event"]);
            line.GetProperty("failureInfo").EnumerateObject().Select(property => property.Name)
                .ShouldBe(["exitCode", "terminationMessage", "containerName", "categories"]);
        });
    }

    [Test]
    public void Json_PodError_ErrorIsLastKey()
    {
        var pod = JsonNode.Parse(File.ReadAllText(CliRunner.Sample("train-resnet-oom-7f9c2.json")))!;
        pod["metadata"]!["labels"]!.AsObject().Remove("armada_job_run_id");

        var line = CliRunner.RunWithStdin(pod.ToJsonString(), "--format", "json", "--explain", "--emit-event", "-").JsonLines().Single();

        line.EnumerateObject().Select(property => property.Name).ShouldBe(["pod", "phase", "categories", "failureInfo", "matches", "error"]);
    }

    [Test]
    public void Json_NoFailedContainer_EmptyFailureInfo()
    {
        var line = CliRunner.Run("--format", "json", CliRunner.Sample("report-succeeded-2b8f4.json")).Lines.Single();

        line.ShouldBe("{\"pod\":\"analytics/report-succeeded-2b8f4\",\"phase\":\"Succeeded\",\"categories\":[],\"failureInfo\":{}}");
    }

    [Test]
    public void Json_OomPod_ExactLine()
    {
        var line = CliRunner.Run("--format", "json", CliRunner.Sample("train-resnet-oom-7f9c2.json")).Lines.Single();

        line.ShouldBe(
            "{\"pod\":\"ml-research/train-resnet-oom-7f9c2\",\"phase\":\"Failed\",\"categories\":[\"oom\",\"sigkill\"]," +
            "\"failureInfo\":{\"exitCode\":137,\"containerName\":\"main\",\"categories\":[\"oom\",\"sigkill\"]}}");
    }

    [Test]
    public void Json_TerminationMessage_KeepsQuotesAndAngleBrackets()
    {
        var line = CliRunner.Run("--format", "json", CliRunner.Sample("featurize-traceback-8a2b4.json")).Lines.Single();

        Assert.Multiple(() =>
        {
            line.ShouldContain("line 212, in <module>\\n");
            line.ShouldContain("KeyError: 'session_duration_ms'\\n");
            line.ShouldContain("File \\\"/app/featurize.py\\\"");
        });
    }

    [Test]
    public void Json_EmbeddedEvent_IsCompactObject()
    {
        var line = CliRunner.Run("--format", "json", "--emit-event", CliRunner.Sample("train-resnet-oom-7f9c2.json")).Lines.Single();

        Assert.Multiple(() =>
        {
            line.ShouldContain(",\"event\":{\"queue\":\"ml-research\",\"jobSetName\":\"resnet50-sweep\",\"events\":[{");
            line.ShouldNotContain("\": ");
            line.ShouldNotContain("{ ");
            line.ShouldNotContain("[ ");
        });
    }

    [Test]
    public void Json_StdoutRedirected_IsDefaultFormat()
    {
        var result = CliRunner.RunWithContext(CliContext.Redirected, string.Empty, CliRunner.Sample("train-resnet-oom-7f9c2.json"));

        result.Lines.Single().ShouldStartWith("{\"pod\":");
    }
}
