using Armada.ErrorCategorization.Cli.Options;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Cli;

[TestFixture]
public class CliOptionsParserTests
{
    [Test]
    public void Parse_PathsOnly_UsesDefaults()
    {
        var options = CliOptionsParser.Parse(["pods.json"]);

        Assert.Multiple(() =>
        {
            options.Paths.ShouldBe(["pods.json"]);
            options.ConfigPath.ShouldBeNull();
            options.Format.ShouldBeNull();
            options.Explain.ShouldBeFalse();
            options.EmitEvent.ShouldBeFalse();
            options.ClusterId.ShouldBeNull();
            options.ShowHelp.ShouldBeFalse();
            options.ShowVersion.ShouldBeFalse();
        });
    }

    [Test]
    public void Parse_EveryOption_SetsEachField()
    {
        var options = CliOptionsParser.Parse(
            ["--config", "rules.yaml", "--format", "json", "--explain", "a.json", "--emit-event", "--cluster-id", "gpu-east", "-", "dir"]);

        Assert.Multiple(() =>
        {
            options.Paths.ShouldBe(["a.json", "-", "dir"]);
            options.ConfigPath.ShouldBe("rules.yaml");
            options.Format.ShouldBe(OutputFormat.Json);
            options.Explain.ShouldBeTrue();
            options.EmitEvent.ShouldBeTrue();
            options.ClusterId.ShouldBe("gpu-east");
        });
    }

    [Test]
    public void Parse_InlineValues_SplitAtEquals()
    {
        var options = CliOptionsParser.Parse(["--format=json", "--config=a=b.yaml", "--cluster-id=c1", "x"]);

        Assert.Multiple(() =>
        {
            options.Format.ShouldBe(OutputFormat.Json);
            options.ConfigPath.ShouldBe("a=b.yaml");
            options.ClusterId.ShouldBe("c1");
        });
    }

    [Test]
    public void Parse_DoubleDash_EndsOptions()
    {
        var options = CliOptionsParser.Parse(["--explain", "--", "--format", "-odd.json"]);

        Assert.Multiple(() =>
        {
            options.Explain.ShouldBeTrue();
            options.Format.ShouldBeNull();
            options.Paths.ShouldBe(["--format", "-odd.json"]);
        });
    }

    [TestCase("--help")]
    [TestCase("-h")]
    public void Parse_Help_NeedsNoPath(string flag)
    {
        var options = CliOptionsParser.Parse([flag]);

        options.ShowHelp.ShouldBeTrue();
    }

    [Test]
    public void Parse_Version_NeedsNoPath()
    {
        var options = CliOptionsParser.Parse(["--version"]);

        options.ShowVersion.ShouldBeTrue();
    }
}
