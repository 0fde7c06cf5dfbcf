using Armada.ErrorCategorization.Cli.Input;
using Armada.ErrorCategorization.Cli.Options;
using Armada.ErrorCategorization.Cli.Output;
using Armada.ErrorCategorization.Cli.Reporting;
using Armada.ErrorCategorization.Cli.Rules;
using Armada.ErrorCategorization.Events;

namespace Armada.ErrorCategorization.Cli;

/// <summary>The <c>armada-classify</c> command: reads pods, classifies them and prints one result per pod.</summary>
public static class ClassifyCommand
{
    private const string Prefix = "armada-classify: ";

    /// <summary>Runs the command with stdout and stderr treated as redirected (not terminals).</summary>
    /// <param name="args">The command-line arguments, without the program name.</param>
    /// <param name="stdin">Read when a path is <c>-</c>.</param>
    /// <param name="stdout">Receives the results.</param>
    /// <param name="stderr">Receives errors, notes and progress.</param>
    /// <returns>One of the <see cref="ExitCodes"/>.</returns>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdin, stdout, stderr, CliContext.Redirected);

    /// <summary>Runs the command.</summary>
    /// <param name="args">The command-line arguments, without the program name.</param>
    /// <param name="stdin">Read when a path is <c>-</c>.</param>
    /// <param name="stdout">Receives the results.</param>
    /// <param name="stderr">Receives errors, notes and progress.</param>
    /// <param name="context">Whether stdout and stderr are terminals, and the clock for events.</param>
    /// <returns>One of the <see cref="ExitCodes"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(context);

        CliOptions options;
        LoadedRules rules;
        try
        {
            options = CliOptionsParser.Parse(args);
            if (options.ShowHelp || options.ShowVersion)
            {
                stdout.Write((options.ShowHelp ? HelpText.Usage : HelpText.Version()) + "\n");
                return ExitCodes.Success;
            }

            rules = RuleLoader.Load(options.ConfigPath);
        }
        catch (UsageException exception)
        {
            stderr.Write(Prefix + exception.Message + "\n");
            return ExitCodes.UsageError;
        }
        catch (RuleConfigException exception)
        {
            foreach (var line in exception.Lines)
            {
                stderr.Write(Prefix + line + "\n");
            }

            return ExitCodes.UsageError;
        }

        WriteWarnings(options, rules, stderr);
        return Classify(options, rules, stdin, stdout, stderr, context);
    }

    /// <summary>Writes one stderr line for each option or config that is valid but probably not what the user meant.</summary>
    private static void WriteWarnings(CliOptions options, LoadedRules rules, TextWriter stderr)
    {
        if (options.ClusterId is not null && !options.EmitEvent)
        {
            stderr.Write($"{Prefix}warning: --cluster-id has no effect without --emit-event, because only events carry the executor id.\n");
        }

        if (rules.Warning is not null)
        {
            stderr.Write($"{Prefix}warning: {rules.Warning}\n");
        }
    }

    private static int Classify(CliOptions options, LoadedRules rules, TextReader stdin, TextWriter stdout, TextWriter stderr, CliContext context)
    {
        var format = options.ResolveFormat(context.StdoutIsTerminal);
        using IReportWriter writer = format == OutputFormat.Table
            ? new TableWriter(stdout, "Rules: " + rules.Describe())
            : new JsonLinesWriter(stdout);

        // JSON Lines keep one object per line, so the note about the rules goes to stderr.
        if (format == OutputFormat.Json && rules.IsDefault)
        {
            stderr.Write($"{Prefix}no --config given, so using the {rules.Describe()}\n");
        }

        // Progress would interleave with JSON Lines written to the same terminal.
        var progress = new ProgressReporter(stderr, context.StderrIsTerminal && !(format == OutputFormat.Json && context.StdoutIsTerminal));
        var eventFactory = options.EmitEvent ? new EventFactory(context.TimeProvider) : null;
        var reporter = new PodReporter(rules.Classifier, options.Explain, eventFactory, options.ClusterId ?? CliOptions.DefaultClusterId);

        var exitCode = ExitCodes.Success;
        foreach (var input in new PodSource(stdin).Read(options.Paths))
        {
            if (input.Pod is null)
            {
                stderr.Write(Prefix + input.Error + "\n");
                exitCode = ExitCodes.InputError;
                continue;
            }

            var report = reporter.Report(input.Pod);
            if (report.Error is not null)
            {
                stderr.Write($"{Prefix}{input.Source}: {report.Pod}: {report.Error}\n");
                exitCode = ExitCodes.InputError;
            }

            writer.Write(report);
            progress.Advance();
        }

        progress.Complete();
        writer.Complete();
        return exitCode;
    }
}
