using Armada.ErrorCategorization.Ingestion;
using Armada.ErrorCategorization.Tests.Ingestion;
using ArmadaProject.Io.ArmadaEvents;
using CsCheck;
using Google.Protobuf;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Reliability;

/// <summary>
/// Sends each <see cref="TextEdgeCase"/> through the event path of <see cref="TextEndToEndTests"/>,
/// then through Lookout's conversion into a real PostgreSQL JSONB column and back. Needs
/// ARMADA_EC_TEST_POSTGRES; <c>bash .ci/run</c> starts a throwaway server and sets it.
/// </summary>
[TestFixture]
[NonParallelizable]
public class TextEndToEndPostgresTests
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

    public static IEnumerable<TextEdgeCase> Cases() => TextEdgeCase.All();

    /// <summary>Builds the pod's failure event, decodes its bytes as the ingester would, and stores the update's failure_info.</summary>
    private async Task<string?> StoreThroughIngesterAsync(TextEdgeCase edgeCase)
    {
        var bytes = TextEndToEndTests.FailedEvent(edgeCase).ToByteArray();
        var received = EventSequence.Parser.ParseFrom(bytes).Events[0];
        var update = JobRunErrorsConverter.ToRunUpdate(received.JobRunErrors, received.Created.ToDateTimeOffset())!;

        var runId = $"run-{Interlocked.Increment(ref runCounter):D4}";
        await database.InsertRunsAsync(runId);
        await database.UpdateFailureInfosAsync([runId], [update.FailureInfoJson]);
        return (await database.SelectFailureInfosAsync(runId))[runId];
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Jsonb_EdgeText_StoredAsValidUtf8(TextEdgeCase edgeCase)
    {
        var stored = (await StoreThroughIngesterAsync(edgeCase))!;

        var roundTripped = Should.NotThrow(() => TextEndToEndTests.StrictUtf8.GetString(TextEndToEndTests.StrictUtf8.GetBytes(stored)));

        roundTripped.ShouldBe(stored);
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Jsonb_EdgeText_ReadsBackStoredMessage(TextEdgeCase edgeCase)
    {
        var stored = await StoreThroughIngesterAsync(edgeCase);

        var read = FailureInfoJsonReader.Read(stored)!;

        Assert.Multiple(() =>
        {
            read.TerminationMessage.ShouldBe(edgeCase.Stored);
            read.ExitCode.ShouldBe(1);
            read.ContainerName.ShouldBe("main");
            read.Categories.ShouldBe(TextEndToEndTests.ExpectedCategories(edgeCase));
        });
    }

    [Test]
    public async Task Jsonb_HostileFailureInfos_ReadBackAsWritten()
    {
        var info = Gen.Select(HostileText.NonNull, HostileText.NonNull, HostileText.NonNull.Array[0, 3], PodGen.ExitCode.Nullable(0.2),
            (message, container, categories, exitCode) =>
            {
                var failureInfo = new FailureInfo { TerminationMessage = message, ContainerName = container, Categories = { categories } };
                if (exitCode is { } code)
                {
                    failureInfo.ExitCode = code;
                }

                return failureInfo;
            });
        await info.Array[200].SampleAsync(async infos =>
        {
            var runIds = infos.Select(_ => $"run-{Interlocked.Increment(ref runCounter):D4}").ToArray();
            var written = infos.Select(FailureInfoJsonWriter.Write).ToArray();

            await database.InsertRunsAsync(runIds);
            await database.UpdateFailureInfosAsync(runIds, written);
            var stored = await database.SelectFailureInfosAsync(runIds);

            for (var i = 0; i < runIds.Length; i++)
            {
                FailureInfoJsonReader.Read(stored[runIds[i]]).ShouldBeEquivalentTo(FailureInfoJsonReader.Read(written[i]), HostileText.Escape(written[i]));
            }
        }, iter: 3, print: infos => string.Join(Environment.NewLine, infos.Select(failureInfo => HostileText.Escape(failureInfo.TerminationMessage))));
    }
}
