using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Armada.ErrorCategorization.Cli;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Cli;

/// <summary>A large PodList streams through item by item; counts and order are checked, not speed.</summary>
[TestFixture]
public class StreamingTests
{
    private const int PodCount = 3000;

    private TempDirectory temp = null!;
    private string listPath = null!;

    [OneTimeSetUp]
    public void WriteLargeList()
    {
        temp = new TempDirectory();
        var template = JsonNode.Parse(File.ReadAllText(CliRunner.Sample("train-resnet-oom-7f9c2.json")))!;

        var json = new StringBuilder("{\"apiVersion\":\"v1\",\"items\":[");
        for (var i = 0; i < PodCount; i++)
        {
            var pod = template.DeepClone();
            pod["metadata"]!["name"] = PodName(i);
            json.Append(i == 0 ? string.Empty : ",").Append(pod.ToJsonString());
        }

        json.Append("],\"kind\":\"List\",\"metadata\":{\"resourceVersion\":\"\"}}");
        listPath = temp.Write("many.json", json.ToString());
    }

    [OneTimeTearDown]
    public void DeleteLargeList() => temp.Dispose();

    [Test]
    public void Stream_LargeList_EveryPodInOrder()
    {
        var result = CliRunner.Run("--format", "json", listPath);
        var lines = result.JsonLines();

        Assert.Multiple(() =>
        {
            result.ExitCode.ShouldBe(0);
            lines.Count.ShouldBe(PodCount);
            lines.Select(line => line.GetProperty("pod").GetString()).ShouldBe(Enumerable.Range(0, PodCount).Select(i => "ml-research/" + PodName(i)));
            lines.Count(line => SamplePodsTests.Strings(line.GetProperty("categories")).SequenceEqual(["oom", "sigkill"])).ShouldBe(PodCount);
        });
    }

    [Test]
    public void Stream_StderrTerminal_ShowsProgress()
    {
        var context = new CliContext { StderrIsTerminal = true };

        var result = CliRunner.RunWithContext(context, string.Empty, "--format", "json", listPath);

        Assert.Multiple(() =>
        {
            result.Stderr.ShouldContain("\rarmada-classify: 500 pods classified");
            result.Stderr.ShouldContain("\rarmada-classify: 2500 pods classified");
            result.Stderr.ShouldEndWith($"\rarmada-classify: {PodCount} pods classified\n");
        });
    }

    [Test]
    public void Stream_StderrRedirected_ShowsNoProgress()
    {
        var result = CliRunner.Run("--format", "json", listPath);

        result.Stderr.ShouldNotContain("pods classified");
    }

    [Test]
    public void Stream_JsonToTerminal_ShowsNoProgress()
    {
        var context = new CliContext { StdoutIsTerminal = true, StderrIsTerminal = true };

        var result = CliRunner.RunWithContext(context, string.Empty, "--format", "json", listPath);

        result.Stderr.ShouldNotContain("pods classified");
    }

    private static string PodName(int index) => "bulk-" + index.ToString("D5", CultureInfo.InvariantCulture);
}
