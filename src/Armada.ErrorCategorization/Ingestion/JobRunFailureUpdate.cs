namespace Armada.ErrorCategorization.Ingestion;

/// <summary>
/// The change that Armada's Lookout ingester makes to one <c>job_run</c> row for a
/// <c>JobRunErrors</c> event. A <see langword="null"/> property leaves the stored column unchanged.
/// </summary>
/// <remarks>
/// Lookout stores <see cref="Error"/> and <see cref="Debug"/> compressed in bytea columns. This
/// model keeps the text and leaves compression to the caller.
/// </remarks>
public sealed record JobRunFailureUpdate
{
    /// <summary>The run's id, the key of the <c>job_run</c> row.</summary>
    public required string RunId { get; init; }

    /// <summary>The id of the run's job.</summary>
    public required string JobId { get; init; }

    /// <summary>The new run state (<c>job_run_state</c>).</summary>
    public required LookoutJobRunState State { get; init; }

    /// <summary>When the run ended (<c>finished</c>): the event time, set only for a terminal error.</summary>
    public DateTimeOffset? Finished { get; init; }

    /// <summary>The pod's node (<c>node</c>), at most 512 UTF-8 bytes; null when the error names none.</summary>
    public string? Node { get; init; }

    /// <summary>The error text (<c>error</c>).</summary>
    public string? Error { get; init; }

    /// <summary>The executor's debug text (<c>debug</c>).</summary>
    public string? Debug { get; init; }

    /// <summary>The first non-zero container exit code of a pod error, or 0 when none failed with one (<c>exit_code</c>).</summary>
    public int? ExitCode { get; init; }

    /// <summary>
    /// The <c>failure_info</c> JSON from <see cref="FailureInfoJsonWriter.Write"/>. Set only for a
    /// terminal error that carries a FailureInfo with at least one field set.
    /// </summary>
    public string? FailureInfoJson { get; init; }

    /// <summary>
    /// Combines this update with a later one for the same run, field by field: a non-null value of
    /// <paramref name="later"/> replaces this one, and null keeps it. A later failure info replaces
    /// the earlier one whole; the JSON objects are not merged.
    /// </summary>
    /// <param name="later">The update that came after this one.</param>
    /// <returns>The combined update.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="later"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="later"/> is for another run.</exception>
    public JobRunFailureUpdate Merge(JobRunFailureUpdate later)
    {
        ArgumentNullException.ThrowIfNull(later);
        if (later.RunId != RunId)
        {
            throw new ArgumentException(
                $"Cannot merge the update for run '{later.RunId}' into the update for run '{RunId}': " +
                "only updates for the same run can be merged.",
                nameof(later));
        }

        return new JobRunFailureUpdate
        {
            RunId = RunId,
            JobId = later.JobId,
            State = later.State,
            Finished = later.Finished ?? Finished,
            Node = later.Node ?? Node,
            Error = later.Error ?? Error,
            Debug = later.Debug ?? Debug,
            ExitCode = later.ExitCode ?? ExitCode,
            FailureInfoJson = later.FailureInfoJson ?? FailureInfoJson,
        };
    }

    /// <summary>
    /// Merges a batch of updates into one update per run, as Armada's ingester does before it
    /// writes a batch. The batch update statement needs this: it must not see a run twice.
    /// </summary>
    /// <param name="updates">The updates in event order.</param>
    /// <returns>One update per run, in the order each run first appears.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="updates"/> is null.</exception>
    /// <exception cref="ArgumentException">An element of <paramref name="updates"/> is null.</exception>
    public static IReadOnlyList<JobRunFailureUpdate> Conflate(IEnumerable<JobRunFailureUpdate> updates)
    {
        ArgumentNullException.ThrowIfNull(updates);

        var conflated = new List<JobRunFailureUpdate>();
        var indexByRunId = new Dictionary<string, int>(StringComparer.Ordinal);
        var position = 0;
        foreach (var update in updates)
        {
            if (update is null)
            {
                throw new ArgumentException($"The update at index {position} is null; pass only non-null updates.", nameof(updates));
            }

            if (indexByRunId.TryGetValue(update.RunId, out var index))
            {
                conflated[index] = conflated[index].Merge(update);
            }
            else
            {
                indexByRunId.Add(update.RunId, conflated.Count);
                conflated.Add(update);
            }

            position++;
        }

        return conflated;
    }
}
