using Armada.ErrorCategorization.Ingestion;
using Npgsql;

namespace Armada.ErrorCategorization.Tests.Ingestion;

/// <summary>
/// A schema of its own, with a Lookout-like <c>job_run</c> table, in the PostgreSQL server that
/// <c>ARMADA_EC_TEST_POSTGRES</c> names. Without the variable the tests are ignored, or fail when
/// <c>ARMADA_EC_REQUIRE_POSTGRES=1</c>, as in CI.
/// </summary>
internal sealed class LookoutTestDatabase : IAsyncDisposable
{
    public const string ConnectionVariable = "ARMADA_EC_TEST_POSTGRES";
    public const string RequireVariable = "ARMADA_EC_REQUIRE_POSTGRES";

    // The columns of Lookout's job_run table that a failure update touches, plus its NOT NULL job id.
    private const string CreateJobRunTable = """
        CREATE TABLE job_run (
            run_id varchar(36) PRIMARY KEY,
            job_id varchar(32) NOT NULL,
            job_run_state smallint NOT NULL,
            finished timestamp,
            node varchar(512),
            exit_code integer
        )
        """;

    private readonly NpgsqlDataSource adminSource;

    private LookoutTestDatabase(NpgsqlDataSource adminSource, NpgsqlDataSource source, string schema)
    {
        this.adminSource = adminSource;
        Source = source;
        Schema = schema;
    }

    /// <summary>Connections whose search_path is the test schema, so unqualified <c>job_run</c> is the test table.</summary>
    public NpgsqlDataSource Source { get; }

    /// <summary>The unique schema this instance created.</summary>
    public string Schema { get; }

    /// <summary>
    /// Creates the schema and the <c>job_run</c> table, then runs <see cref="LookoutSql.AddFailureInfoColumn"/>.
    /// Ignores the calling fixture, or fails it, when no server is configured.
    /// </summary>
    public static async Task<LookoutTestDatabase> CreateAsync()
    {
        var connectionString = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            var howTo = $"The PostgreSQL integration tests need {ConnectionVariable}, an Npgsql connection string to a " +
                        "PostgreSQL 15 server whose user may create schemas, such as " +
                        "'Host=/tmp/pg-socket-dir;Username=postgres;Database=postgres'. " +
                        "Run `bash .ci/run`, which starts a throwaway server, or set the variable.";
            if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
            {
                Assert.Fail($"{RequireVariable}=1 but {ConnectionVariable} is not set. {howTo}");
            }

            Assert.Ignore(howTo);
        }

        var schema = "ec_ingest_" + Guid.NewGuid().ToString("N");
        var adminSource = NpgsqlDataSource.Create(connectionString);
        await using (var command = adminSource.CreateCommand($"CREATE SCHEMA {schema}"))
        {
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema };
        var database = new LookoutTestDatabase(adminSource, NpgsqlDataSource.Create(builder.ConnectionString), schema);
        await database.ExecuteAsync(CreateJobRunTable);
        await database.ExecuteAsync(LookoutSql.AddFailureInfoColumn);
        return database;
    }

    public async Task ExecuteAsync(string sql, params object?[] parameters)
    {
        await using var command = Source.CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter ?? DBNull.Value });
        }

        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Inserts runs with no failure info, as Lookout's ingester does when a run is leased.</summary>
    public async Task InsertRunsAsync(params string[] runIds)
    {
        await ExecuteAsync(
            "INSERT INTO job_run (run_id, job_id, job_run_state) SELECT id, 'job-' || id, 11 FROM unnest($1::text[]) AS id",
            new object?[] { runIds });
    }

    /// <summary>Runs <see cref="LookoutSql.UpdateFailureInfos"/> with one JSON text (or null) per run.</summary>
    public Task UpdateFailureInfosAsync(string[] runIds, string?[] failureInfos) =>
        ExecuteAsync(LookoutSql.UpdateFailureInfos, runIds, failureInfos);

    /// <summary>Runs <see cref="LookoutSql.SelectFailureInfos"/> and returns the stored JSON text (or null) by run id.</summary>
    public async Task<Dictionary<string, string?>> SelectFailureInfosAsync(params string[] runIds)
    {
        await using var command = Source.CreateCommand(LookoutSql.SelectFailureInfos);
        command.Parameters.Add(new NpgsqlParameter { Value = runIds });
        await using var reader = await command.ExecuteReaderAsync();

        var stored = new Dictionary<string, string?>();
        while (await reader.ReadAsync())
        {
            stored[reader.GetString(0)] = reader.IsDBNull(1) ? null : reader.GetString(1);
        }

        return stored;
    }

    public async ValueTask DisposeAsync()
    {
        await Source.DisposeAsync();
        await using (var command = adminSource.CreateCommand($"DROP SCHEMA IF EXISTS {Schema} CASCADE"))
        {
            await command.ExecuteNonQueryAsync();
        }

        await adminSource.DisposeAsync();
    }
}
