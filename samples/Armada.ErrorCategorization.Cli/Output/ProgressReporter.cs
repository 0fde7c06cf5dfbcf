namespace Armada.ErrorCategorization.Cli.Output;

/// <summary>
/// Shows on stderr how many pods have been classified, rewriting one line every
/// <see cref="Interval"/> pods. It is enabled only when stderr is a terminal, so logs and pipes
/// never receive it.
/// </summary>
/// <param name="stderr">Where the count goes.</param>
/// <param name="enabled">Whether to show anything.</param>
internal sealed class ProgressReporter(TextWriter stderr, bool enabled)
{
    /// <summary>How many pods pass between two updates.</summary>
    public const int Interval = 500;

    private int count;
    private bool shown;

    /// <summary>Counts one classified pod, and updates the line when the count reaches a multiple of <see cref="Interval"/>.</summary>
    public void Advance()
    {
        count++;
        if (enabled && count % Interval == 0)
        {
            stderr.Write($"\rarmada-classify: {count} pods classified");
            stderr.Flush();
            shown = true;
        }
    }

    /// <summary>Ends the progress line with the final count, if a count was shown.</summary>
    public void Complete()
    {
        if (shown)
        {
            stderr.Write($"\rarmada-classify: {count} pods classified\n");
            stderr.Flush();
        }
    }
}
