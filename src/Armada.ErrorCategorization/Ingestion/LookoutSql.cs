namespace Armada.ErrorCategorization.Ingestion;

/// <summary>
/// PostgreSQL statements for the <c>failure_info</c> column of Lookout's <c>job_run</c> table.
/// They use positional parameters (<c>$1</c>, <c>$2</c>), which every PostgreSQL driver accepts,
/// and name the table without a schema, so the connection's <c>search_path</c> picks it.
/// </summary>
public static class LookoutSql
{
    /// <summary>
    /// Adds the nullable <c>failure_info</c> JSONB column, as Armada's migration does. Running it
    /// again changes nothing.
    /// </summary>
    public const string AddFailureInfoColumn =
        "ALTER TABLE job_run ADD COLUMN IF NOT EXISTS failure_info jsonb";

    /// <summary>
    /// Writes a batch of failure infos to existing runs. <c>$1</c> is a <c>text[]</c> of run ids and
    /// <c>$2</c> a <c>text[]</c> of the same length with the JSON from
    /// <see cref="FailureInfoJsonWriter.Write"/>. A NULL element keeps the value already stored;
    /// any other element replaces it. Runs without a row are skipped.
    /// </summary>
    /// <remarks>
    /// A run id must appear at most once per batch, because PostgreSQL applies only one of several
    /// matching batch rows to a table row, and which one is not defined. Merge a batch with
    /// <see cref="JobRunFailureUpdate.Conflate"/> first.
    /// </remarks>
    public const string UpdateFailureInfos = """
        UPDATE job_run
        SET failure_info = coalesce(batch.failure_info::jsonb, job_run.failure_info)
        FROM unnest($1::text[], $2::text[]) AS batch(run_id, failure_info)
        WHERE job_run.run_id = batch.run_id
        """;

    /// <summary>
    /// Reads the failure infos of some runs. <c>$1</c> is a <c>text[]</c> of run ids. Each row has
    /// <c>run_id</c> and <c>failure_info</c> as JSON text, or NULL, for
    /// <see cref="FailureInfoJsonReader.Read(string)"/>.
    /// </summary>
    public const string SelectFailureInfos = """
        SELECT run_id, failure_info::text AS failure_info
        FROM job_run
        WHERE run_id = ANY($1::text[])
        """;
}
