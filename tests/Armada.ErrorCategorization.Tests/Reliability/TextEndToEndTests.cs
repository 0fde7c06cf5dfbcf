using System.Text;
using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.ErrorMatch;
using Armada.ErrorCategorization.Failures;
using Armada.ErrorCategorization.Ingestion;
using Armada.ErrorCategorization.Tests.Events;
using ArmadaProject.Io.ArmadaEvents;
using Google.Protobuf;
using k8s.Models;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Reliability;

/// <summary>
/// Sends each <see cref="TextEdgeCase"/> termination message through the whole path: classify,
/// ExtractFailureInfo, the event factory, protobuf bytes and back, then the <c>failure_info</c>
/// JSON writer and reader.
/// </summary>
[TestFixture]
public class TextEndToEndTests
{
    /// <summary>A UTF-8 encoding that throws on lone surrogates and invalid bytes instead of replacing them.</summary>
    internal static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>One category for any non-empty message, one for exit code 1.</summary>
    internal static readonly Classifier Classifier = new(
    [
        new CategoryConfig { Name = "any_message", Rules = [new CategoryRule { OnTerminationMessage = new RegexMatcher { Pattern = "" } }] },
        new CategoryConfig
        {
            Name = "user_error",
            Rules = [new CategoryRule { OnExitCodes = new ExitCodeMatcher { Operator = ExitCodeOperator.In, Values = [1] } }],
        },
    ]);

    public static IEnumerable<TextEdgeCase> Cases() => TextEdgeCase.All();

    internal static V1Pod Pod(TextEdgeCase edgeCase) => ManagedPod.Builder().Terminated("main", 1, "Error", edgeCase.Message).Build();

    internal static string[] ExpectedCategories(TextEdgeCase edgeCase) =>
        edgeCase.Message.Length == 0 ? ["user_error"] : ["any_message", "user_error"];

    internal static EventSequence FailedEvent(TextEdgeCase edgeCase) =>
        ManagedPod.Factory().CreateEventForCurrentState(Pod(edgeCase), ManagedPod.ClusterId, Classifier);

    [TestCaseSource(nameof(Cases))]
    public void ExtractFailureInfo_EdgeText_CarriesEventMessage(TextEdgeCase edgeCase)
    {
        var pod = Pod(edgeCase);

        var info = PodFailures.ExtractFailureInfo(pod, Classifier.Classify(pod));

        Assert.Multiple(() =>
        {
            info.Categories.ShouldBe(ExpectedCategories(edgeCase));
            info.TerminationMessage.ShouldBe(edgeCase.InEvent);
            info.ExitCode.ShouldBe(1);
            info.ContainerName.ShouldBe("main");
        });
    }

    [TestCaseSource(nameof(Cases))]
    public void CreateEvent_EdgeText_AttachesExtractedFailureInfo(TextEdgeCase edgeCase)
    {
        var pod = Pod(edgeCase);

        var sequence = ManagedPod.Factory().CreateEventForCurrentState(pod, ManagedPod.ClusterId, Classifier);

        sequence.Events[0].JobRunErrors.Errors[0].FailureInfo.ShouldBe(PodFailures.ExtractFailureInfo(pod, Classifier.Classify(pod)));
    }

    [TestCaseSource(nameof(Cases))]
    public void CreateEvent_EdgeText_ContainerErrorCarriesEventMessage(TextEdgeCase edgeCase)
    {
        var sequence = FailedEvent(edgeCase);

        sequence.Events[0].JobRunErrors.Errors[0].PodError.ContainerErrors[0].Message.ShouldBe(edgeCase.InEvent);
    }

    [TestCaseSource(nameof(Cases))]
    public void EventBytes_EdgeText_DecodeToEqualEvent(TextEdgeCase edgeCase)
    {
        var sequence = FailedEvent(edgeCase);

        var decoded = EventSequence.Parser.ParseFrom(sequence.ToByteArray());

        decoded.ShouldBe(sequence);
    }

    [TestCaseSource(nameof(Cases))]
    public void EventStrings_EdgeText_AreValidUtf8(TextEdgeCase edgeCase)
    {
        var strings = ProtoStrings.Collect(FailedEvent(edgeCase));

        Assert.Multiple(() =>
        {
            foreach (var (path, value) in strings)
            {
                var roundTripped = Should.NotThrow(() => StrictUtf8.GetString(StrictUtf8.GetBytes(value)), path);
                roundTripped.ShouldBe(value, path);
            }
        });
    }

    [TestCaseSource(nameof(Cases))]
    public void EventJson_EdgeText_ParsesToEqualEvent(TextEdgeCase edgeCase)
    {
        // Protobuf's JSON formatter, which message.ToString() also uses, throws on a lone surrogate.
        var sequence = FailedEvent(edgeCase);

        var json = JsonFormatter.Default.Format(sequence);

        JsonParser.Default.Parse<EventSequence>(json).ShouldBe(sequence);
    }

    [TestCaseSource(nameof(Cases))]
    public void FailureInfoJson_EdgeText_IsValidUtf8(TextEdgeCase edgeCase)
    {
        var decoded = EventSequence.Parser.ParseFrom(FailedEvent(edgeCase).ToByteArray());
        var json = FailureInfoJsonWriter.Write(decoded.Events[0].JobRunErrors.Errors[0].FailureInfo)!;

        var roundTripped = Should.NotThrow(() => StrictUtf8.GetString(StrictUtf8.GetBytes(json)));

        roundTripped.ShouldBe(json);
    }

    [TestCaseSource(nameof(Cases))]
    public void FailureInfoJson_EdgeText_ReadsBackStoredMessage(TextEdgeCase edgeCase)
    {
        var decoded = EventSequence.Parser.ParseFrom(FailedEvent(edgeCase).ToByteArray());
        var json = FailureInfoJsonWriter.Write(decoded.Events[0].JobRunErrors.Errors[0].FailureInfo);

        var read = FailureInfoJsonReader.Read(json)!;

        Assert.Multiple(() =>
        {
            read.TerminationMessage.ShouldBe(edgeCase.Stored);
            read.ExitCode.ShouldBe(1);
            read.ContainerName.ShouldBe("main");
            read.Categories.ShouldBe(ExpectedCategories(edgeCase));
        });
    }
}
