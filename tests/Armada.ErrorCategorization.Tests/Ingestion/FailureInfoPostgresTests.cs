using System.Text;
using System.Text.Json;
using Armada.ErrorCategorization.Ingestion;
using ArmadaProject.Io.ArmadaEvents;
using Npgsql;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Ingestion;

/// <summary>
/// Writes failure infos to a real PostgreSQL 15 with <see cref="LookoutSql"/> and reads them back.
/// Needs ARMADA_EC_TEST_POSTGRES; <c>bash .ci/run</c> starts a throwaway server and sets it.
/// </summary>
[TestFixture]
[NonParallelizable]
public class FailureInfoPostgresTests
{
    private LookoutTestDatabase database = null!;
    private int runCounter;

    [OneTimeSetUp]
    public async Task CreateDatabase()
    {
        database = await LookoutTestDatabase.CreateAsync();
    }

    [OneTimeTearDown]
    public async Task DropDatabase()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    private async Task<string> NewRunAsync()
    {
        var runId = $"run-{Interlocked.Increment(ref runCounter):D4}";
        await database.InsertRunsAsync(runId);
        return runId;
    }

    private async Task<RunFailureInfo?> WriteAndReadAsync(FailureInfo info)
    {
        var runId = await NewRunAsync();
        await database.UpdateFailureInfosAsync([runId], [FailureInfoJsonWriter.Write(info)]);
        var stored = await database.SelectFailureInfosAsync(runId);
        return FailureInfoJsonReader.Read(stored[runId]);
    }

    private static FailureInfo Info(int? exitCode = null, string message = "", string container = "", params string[] categories)
    {
        var info = new FailureInfo { TerminationMessage = message, ContainerName = container };
        if (exitCode is { } code)
        {
            info.ExitCode = code;
        }

        info.Categories.AddRange(categories);
        return info;
    }

    [Test]
    public async Task Migration_FailureInfoColumn_NullableJsonb()
    {
        await using var command = database.Source.CreateCommand(
            "SELECT data_type, is_nullable FROM information_schema.columns " +
            "WHERE table_schema = $1 AND table_name = 'job_run' AND column_name = 'failure_info'");
        command.Parameters.Add(new NpgsqlParameter { Value = database.Schema });
        await using var reader = await command.ExecuteReaderAsync();

        (await reader.ReadAsync()).ShouldBeTrue();
        Assert.Multiple(() =>
        {
            reader.GetString(0).ShouldBe("jsonb");
            reader.GetString(1).ShouldBe("YES");
        });
    }

    [Test]
    public async Task Migration_RunTwice_NoError()
    {
        await database.ExecuteAsync(LookoutSql.AddFailureInfoColumn);

        await using var command = database.Source.CreateCommand(
            "SELECT count(*) FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'job_run' AND column_name = 'failure_info'");
        command.Parameters.Add(new NpgsqlParameter { Value = database.Schema });
        (await command.ExecuteScalarAsync()).ShouldBe(1L);
    }

    private static readonly TestCaseData[] ExitCodeCases =
    [
        new TestCaseData(137).SetName("Postgres_ExitCode137_RoundTrips"),
        new TestCaseData(-1).SetName("Postgres_NegativeExitCode_RoundTrips"),
        new TestCaseData(int.MaxValue).SetName("Postgres_Int32MaxExitCode_RoundTrips"),
        new TestCaseData(int.MinValue).SetName("Postgres_Int32MinExitCode_RoundTrips"),
    ];

    [TestCaseSource(nameof(ExitCodeCases))]
    public async Task Postgres_ExitCode(int exitCode)
    {
        var info = (await WriteAndReadAsync(Info(exitCode)))!;

        Assert.Multiple(() =>
        {
            info.ExitCode.ShouldBe(exitCode);
            info.TerminationMessage.ShouldBeNull();
            info.ContainerName.ShouldBeNull();
            info.Categories.ShouldBeNull();
        });
    }

    [Test]
    public async Task Postgres_ExplicitZeroExitCode_StoresNull()
    {
        var info = await WriteAndReadAsync(Info(0));

        info.ShouldBeNull();
    }

    [Test]
    public async Task Postgres_AllFields_EachRoundTrips()
    {
        var info = (await WriteAndReadAsync(Info(137, "OOMKilled: memory limit 25Mi", "oom", "oom", "user_error")))!;

        Assert.Multiple(() =>
        {
            info.ExitCode.ShouldBe(137);
            info.TerminationMessage.ShouldBe("OOMKilled: memory limit 25Mi");
            info.ContainerName.ShouldBe("oom");
            info.Categories.ShouldBe(["oom", "user_error"]);
        });
    }

    private static readonly TestCaseData[] MessageCases =
    [
        new TestCaseData(new string('x', 100 * 1024), new string('x', 4096)).SetName("Postgres_100KiBMessage_CutTo4096Bytes"),
        new TestCaseData(new string('x', 4096), new string('x', 4096)).SetName("Postgres_4096ByteMessage_Unchanged"),
        new TestCaseData(
                "Gerät überhitzt; 设备过热; ошибка; \uD83D\uDD25\uD83D\uDE80 done \"quoted\" \\ <tag> & \t\r\n",
                "Gerät überhitzt; 设备过热; ошибка; \uD83D\uDD25\uD83D\uDE80 done \"quoted\" \\ <tag> & \t\r\n")
            .SetName("Postgres_NonAsciiMessage_Unchanged"),
        new TestCaseData(new string('a', 4095) + "\u00E9" + new string('b', 100), new string('a', 4095)).SetName("Postgres_TwoByteCharacterAcross4096_Dropped"),
        new TestCaseData(new string('a', 4094) + "\u00E9" + new string('b', 100), new string('a', 4094) + "\u00E9").SetName("Postgres_TwoByteCharacterEndingAt4096_Kept"),
        new TestCaseData(new string('a', 4094) + "\u20AC" + new string('b', 100), new string('a', 4094)).SetName("Postgres_ThreeByteCharacterAcross4096_Dropped"),
        new TestCaseData(new string('a', 4093) + "\u20AC" + new string('b', 100), new string('a', 4093) + "\u20AC").SetName("Postgres_ThreeByteCharacterEndingAt4096_Kept"),
        new TestCaseData(new string('a', 4093) + "\uD83D\uDE00" + new string('b', 100), new string('a', 4093)).SetName("Postgres_EmojiAcross4096_Dropped"),
        new TestCaseData(new string('a', 4092) + "\uD83D\uDE00" + new string('b', 100), new string('a', 4092) + "\uD83D\uDE00").SetName("Postgres_EmojiEndingAt4096_Kept"),
        new TestCaseData(string.Concat(Enumerable.Repeat("设", 2000)), string.Concat(Enumerable.Repeat("设", 1365))).SetName("Postgres_AllThreeByteMessage_CutAt4095Bytes"),
        new TestCaseData(string.Concat(Enumerable.Repeat("\uD83D\uDE00", 2000)), string.Concat(Enumerable.Repeat("\uD83D\uDE00", 1024))).SetName("Postgres_AllEmojiMessage_CutAt4096Bytes"),
        new TestCaseData("before\0after\0", "beforeafter").SetName("Postgres_NulInMessage_Removed"),
        new TestCaseData("lone \uD800 surrogate", "lone \uFFFD surrogate").SetName("Postgres_LoneSurrogate_ReplacementCharacter"),
    ];

    [TestCaseSource(nameof(MessageCases))]
    public async Task Postgres_TerminationMessage(string message, string expected)
    {
        var info = (await WriteAndReadAsync(Info(1, message)))!;

        Assert.Multiple(() =>
        {
            info.TerminationMessage.ShouldBe(expected);
            Encoding.UTF8.GetByteCount(info.TerminationMessage!).ShouldBeLessThanOrEqualTo(4096);
        });
    }

    [Test]
    public async Task Postgres_NulInEveryString_Removed()
    {
        var info = (await WriteAndReadAsync(Info(2, "m\0sg", "ma\0in", "o\0om", "\0")))!;

        Assert.Multiple(() =>
        {
            info.TerminationMessage.ShouldBe("msg");
            info.ContainerName.ShouldBe("main");
            info.Categories.ShouldBe(["oom", ""]);
        });
    }

    [Test]
    public async Task Postgres_NonAsciiNames_RoundTrip()
    {
        var info = (await WriteAndReadAsync(Info(null, "", "hauptbehälter", "speicher-überlauf", "内存不足", "\uD83D\uDCA5")))!;

        Assert.Multiple(() =>
        {
            info.ContainerName.ShouldBe("hauptbehälter");
            info.Categories.ShouldBe(["speicher-überlauf", "内存不足", "\uD83D\uDCA5"]);
            info.ExitCode.ShouldBeNull();
        });
    }

    [Test]
    public async Task Postgres_NulEscapeInJsonb_RejectedByServer()
    {
        // PostgreSQL rejects \u0000 in JSONB text, which is why the writer removes NUL characters.
        var exception = await Should.ThrowAsync<PostgresException>(() =>
            database.ExecuteAsync("SELECT $1::jsonb", """{"terminationMessage":"a\u0000b"}"""));

        exception.SqlState.ShouldBe("22P05");
    }

    [Test]
    public async Task Postgres_NullAfterValue_KeepsValue()
    {
        var runId = await NewRunAsync();
        await database.UpdateFailureInfosAsync([runId], [FailureInfoJsonWriter.Write(Info(137, "first", "main", "oom"))]);

        await database.UpdateFailureInfosAsync([runId], [FailureInfoJsonWriter.Write(new FailureInfo())]);
        await database.UpdateFailureInfosAsync([runId], [null]);

        var info = FailureInfoJsonReader.Read((await database.SelectFailureInfosAsync(runId))[runId])!;
        Assert.Multiple(() =>
        {
            info.ExitCode.ShouldBe(137);
            info.TerminationMessage.ShouldBe("first");
            info.ContainerName.ShouldBe("main");
            info.Categories.ShouldBe(["oom"]);
        });
    }

    [Test]
    public async Task Postgres_LaterValue_ReplacesWholeObject()
    {
        var runId = await NewRunAsync();
        await database.UpdateFailureInfosAsync([runId], [FailureInfoJsonWriter.Write(Info(137, "first", "main", "oom"))]);

        await database.UpdateFailureInfosAsync([runId], [FailureInfoJsonWriter.Write(Info(null, "", "", "user_error"))]);

        var info = FailureInfoJsonReader.Read((await database.SelectFailureInfosAsync(runId))[runId])!;
        Assert.Multiple(() =>
        {
            info.Categories.ShouldBe(["user_error"]);
            info.ExitCode.ShouldBeNull();
            info.TerminationMessage.ShouldBeNull();
            info.ContainerName.ShouldBeNull();
        });
    }

    [Test]
    public async Task Postgres_NeverWritten_ReadsNull()
    {
        var runId = await NewRunAsync();

        var stored = await database.SelectFailureInfosAsync(runId);

        Assert.Multiple(() =>
        {
            stored[runId].ShouldBeNull();
            FailureInfoJsonReader.Read(stored[runId]).ShouldBeNull();
        });
    }

    [Test]
    public async Task Postgres_MixedBatch_PerRowResult()
    {
        var (nullElementRun, replacedRun, newRun, untouchedRun) = (await NewRunAsync(), await NewRunAsync(), await NewRunAsync(), await NewRunAsync());
        await database.UpdateFailureInfosAsync(
            [nullElementRun, replacedRun, untouchedRun],
            [FailureInfoJsonWriter.Write(Info(1, "kept")), FailureInfoJsonWriter.Write(Info(2, "old")), FailureInfoJsonWriter.Write(Info(4, "untouched"))]);

        await database.UpdateFailureInfosAsync(
            [nullElementRun, replacedRun, newRun, "run-missing"],
            [null, FailureInfoJsonWriter.Write(Info(3, "new")), FailureInfoJsonWriter.Write(Info(5, "fresh")), FailureInfoJsonWriter.Write(Info(6))]);

        var stored = await database.SelectFailureInfosAsync(nullElementRun, replacedRun, newRun, untouchedRun, "run-missing");
        Assert.Multiple(() =>
        {
            FailureInfoJsonReader.Read(stored[nullElementRun])!.TerminationMessage.ShouldBe("kept");
            FailureInfoJsonReader.Read(stored[replacedRun])!.TerminationMessage.ShouldBe("new");
            FailureInfoJsonReader.Read(stored[newRun])!.ExitCode.ShouldBe(5);
            FailureInfoJsonReader.Read(stored[untouchedRun])!.ExitCode.ShouldBe(4);
            stored.ContainsKey("run-missing").ShouldBeFalse();
        });
    }

    [Test]
    public async Task Postgres_ConflatedUpdates_LastValueStored()
    {
        var runId = await NewRunAsync();
        var eventTime = DateTimeOffset.UnixEpoch;
        JobRunFailureUpdate Update(Error error)
        {
            var jobRunErrors = new JobRunErrors { JobId = "job", RunId = runId, Errors = { error } };
            return JobRunErrorsConverter.ToRunUpdate(jobRunErrors, eventTime)!;
        }

        var updates = JobRunFailureUpdate.Conflate(
        [
            Update(ArmadaErrors.PodError(true, ArmadaErrors.FailureInfo(137, "oom", "main", "oom"))),
            Update(ArmadaErrors.PodError(false, ArmadaErrors.FailureInfo(1, "not terminal", "x", "ignored"))),
            Update(ArmadaErrors.PodError(true, null)),
        ]);
        await database.UpdateFailureInfosAsync(
            updates.Select(update => update.RunId).ToArray(),
            updates.Select(update => update.FailureInfoJson).ToArray());

        var info = FailureInfoJsonReader.Read((await database.SelectFailureInfosAsync(runId))[runId])!;
        Assert.Multiple(() =>
        {
            updates.Count.ShouldBe(1);
            info.ExitCode.ShouldBe(137);
            info.TerminationMessage.ShouldBe("oom");
            info.ContainerName.ShouldBe("main");
            info.Categories.ShouldBe(["oom"]);
        });
    }

    [Test]
    public async Task Postgres_HandWrittenJsonb_ReadTolerantly()
    {
        var runId = await NewRunAsync();
        await database.ExecuteAsync(
            "UPDATE job_run SET failure_info = $2::jsonb WHERE run_id = $1",
            runId,
            """{"exitCode": 137.0, "categories": ["oom", 1, null, "user_error"], "containerName": 7, "subcategory": "gpu"}""");

        var info = FailureInfoJsonReader.Read((await database.SelectFailureInfosAsync(runId))[runId])!;

        Assert.Multiple(() =>
        {
            info.ExitCode.ShouldBe(137);
            info.Categories.ShouldBe(["oom", "user_error"]);
            info.ContainerName.ShouldBeNull();
            info.TerminationMessage.ShouldBeNull();
        });
    }

    [Test]
    public async Task Postgres_JsonBuildObject_FieldsRead()
    {
        // Lookout reads runs as json_build_object(... 'failureInfo', failure_info) inside json_agg.
        var runId = await NewRunAsync();
        await database.UpdateFailureInfosAsync([runId], [FailureInfoJsonWriter.Write(Info(-9, "Gerät \uD83D\uDD25", "main", "oom"))]);
        await using var command = database.Source.CreateCommand(
            "SELECT json_agg(json_build_object('runId', run_id, 'failureInfo', failure_info))::text FROM job_run WHERE run_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = runId });
        var runsJson = (string)(await command.ExecuteScalarAsync())!;

        using var runs = JsonDocument.Parse(runsJson);
        var info = FailureInfoJsonReader.Read(runs.RootElement[0].GetProperty("failureInfo"))!;

        Assert.Multiple(() =>
        {
            info.ExitCode.ShouldBe(-9);
            info.TerminationMessage.ShouldBe("Gerät \uD83D\uDD25");
            info.ContainerName.ShouldBe("main");
            info.Categories.ShouldBe(["oom"]);
        });
    }
}
