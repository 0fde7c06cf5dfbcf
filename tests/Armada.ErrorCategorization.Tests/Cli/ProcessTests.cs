using System.Diagnostics;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Cli;

/// <summary>Runs the built armada-classify.dll as a real process, the way users run it.</summary>
[TestFixture]
public class ProcessTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    [Test]
    public void Process_SamplePods_ExitsZeroWithJsonLines()
    {
        var (exitCode, stdout, stderr) = RunCli(CliRunner.SamplePods);
        var lines = stdout.TrimEnd('\n').Split('\n');

        Assert.Multiple(() =>
        {
            exitCode.ShouldBe(0, stderr);
            lines.Length.ShouldBe(19);
            lines[0].ShouldStartWith("{\"pod\":\"data-eng/etl-evicted-9d3a7\",\"phase\":\"Failed\",\"categories\":[\"evicted\",\"sigkill\"]");
            stderr.ShouldStartWith("armada-classify: no --config given, so using the built-in default rules (9 categories:");
        });
    }

    [Test]
    public void Process_MissingFile_ExitsOne()
    {
        var (exitCode, _, stderr) = RunCli("no-such-pod.json");

        Assert.Multiple(() =>
        {
            exitCode.ShouldBe(1);
            stderr.ShouldContain("armada-classify: no-such-pod.json: no such file or directory.");
        });
    }

    private static (int ExitCode, string Stdout, string Stderr) RunCli(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliAssemblyPath());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(HangGuard))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"armada-classify did not exit within {HangGuard}");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    // The test project references the CLI project, so the build copies armada-classify.dll and its
    // runtimeconfig.json next to the tests.
    private static string CliAssemblyPath()
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "armada-classify.dll");
        File.Exists(path).ShouldBeTrue($"{path} is missing; build the test project first");
        return path;
    }
}
