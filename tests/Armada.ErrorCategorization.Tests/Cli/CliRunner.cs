using Armada.ErrorCategorization.Cli;
using Armada.ErrorCategorization.Tests.Support;

namespace Armada.ErrorCategorization.Tests.Cli;

/// <summary>Runs <c>armada-classify</c> in-process and finds the sample pods copied next to the tests.</summary>
internal static class CliRunner
{
    /// <summary>The time the tests' events are created at.</summary>
    public static readonly DateTimeOffset EventTime = new(2025, 3, 14, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The copy of samples/pods in the test output directory.</summary>
    public static string SamplePods => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", "pods");

    /// <summary>Returns the path of one sample pod file.</summary>
    public static string Sample(string fileName) => Path.Combine(SamplePods, fileName);

    /// <summary>Runs the CLI with empty stdin, redirected output and events created at <see cref="EventTime"/>.</summary>
    public static CliResult Run(params string[] args) => RunWithStdin(string.Empty, args);

    /// <summary>Runs the CLI with <paramref name="stdin"/> as standard input.</summary>
    public static CliResult RunWithStdin(string stdin, params string[] args) =>
        RunWithContext(new CliContext { TimeProvider = new FixedTimeProvider(EventTime) }, stdin, args);

    /// <summary>Runs the CLI with the given terminal flags and clock.</summary>
    public static CliResult RunWithContext(CliContext context, string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = ClassifyCommand.Run(args, input, output, error, context);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
