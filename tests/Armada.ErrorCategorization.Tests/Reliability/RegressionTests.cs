using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.Categorization.Configuration;
using Armada.ErrorCategorization.ErrorMatch;
using Armada.ErrorCategorization.Events;
using Armada.ErrorCategorization.Ingestion;
using Armada.ErrorCategorization.Tests.Events;
using ArmadaProject.Io.ArmadaEvents;
using Google.Protobuf;
using k8s.Models;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Reliability;

/// <summary>
/// The smallest inputs that once broke the library, found by the property and edge-case tests here
/// and kept as plain tests so the bug stays fixed whatever seed the property tests draw.
/// </summary>
[TestFixture]
public class RegressionTests
{
    // A termination message with a lone surrogate gave a FailureInfo that protobuf wrote with U+FFFD
    // in its place, so the decoded event differed from the one sent, and ToString() threw
    // ArgumentException from protobuf's JSON formatter.
    [Test]
    public void CreateEvent_LoneSurrogateMessage_DecodesToEqualEvent()
    {
        var pod = ManagedPod.Builder().Terminated("main", 1, "Error", "\uD800").Build();
        var sequence = ManagedPod.Factory().CreateEventForCurrentState(pod, ManagedPod.ClusterId, classifier: null);

        var decoded = EventSequence.Parser.ParseFrom(sequence.ToByteArray());

        decoded.ShouldBe(sequence);
    }

    [Test]
    public void CreateEvent_LoneSurrogateMessage_FormatsAsJson()
    {
        var pod = ManagedPod.Builder().Terminated("main", 1, "Error", "\uD800").Build();
        var sequence = ManagedPod.Factory().CreateEventForCurrentState(pod, ManagedPod.ClusterId, classifier: null);

        var json = JsonFormatter.Default.Format(sequence);

        JsonParser.Default.Parse<EventSequence>(json).ShouldBe(sequence);
    }

    // The same for every other string the factory copies from a pod: a lone surrogate in the pod's
    // UID, a label, an annotation or the node name made the event differ from its decoded copy.
    [Test]
    public void CreateEvent_LoneSurrogateUid_DecodesToEqualEvent()
    {
        var pod = ManagedPod.Builder("Running").Build();
        pod.Metadata.Uid = "\uDC00";
        var sequence = ManagedPod.Factory().CreateEventForCurrentState(pod, ManagedPod.ClusterId, classifier: null);

        var decoded = EventSequence.Parser.ParseFrom(sequence.ToByteArray());

        decoded.ShouldBe(sequence);
    }

    [Test]
    public void CreateEvent_LoneSurrogateLabelsAndNode_DecodesToEqualEvent()
    {
        var pod = ManagedPod.Builder("Running").Node("\uD800", ManagedPod.HostIp).Build();
        pod.Metadata.Labels[PodMetadataKeys.RunId] = "\uD800";
        pod.Metadata.Labels[PodMetadataKeys.Queue] = "\uDFFF";
        pod.Metadata.Annotations[PodMetadataKeys.Pool] = "\uD800";
        var sequence = ManagedPod.Factory().CreateEventForCurrentState(pod, ManagedPod.ClusterId, classifier: null);

        var decoded = EventSequence.Parser.ParseFrom(sequence.ToByteArray());

        decoded.ShouldBe(sequence);
    }

    [Test]
    public void CreateIngressInfoEvent_LoneSurrogateHost_DecodesToEqualEvent()
    {
        var pod = ManagedPod.Builder("Running").Build();
        var backend = new V1IngressBackend
        {
            Service = new V1IngressServiceBackend { Name = "svc", Port = new V1ServiceBackendPort { Number = 8080 } },
        };
        var rule = new V1IngressRule
        {
            Host = "\uD800",
            Http = new V1HTTPIngressRuleValue { Paths = [new V1HTTPIngressPath { Path = "/", PathType = "Prefix", Backend = backend }] },
        };
        var ingress = new V1Ingress { Spec = new V1IngressSpec { Rules = [rule] } };
        var sequence = ManagedPod.Factory().CreateJobIngressInfoEvent(pod, ManagedPod.ClusterId, [], [ingress]);

        var decoded = EventSequence.Parser.ParseFrom(sequence.ToByteArray());

        decoded.ShouldBe(sequence);
    }

    // A mapping merged through several aliases reported each of its errors once per alias. With an
    // alias chain the repeats filled the 100 listed errors and pushed the real ones out of the list.
    [Test]
    public void CreateClassifier_MappingMergedTwice_ReportsErrorOnce()
    {
        const string yaml = """
            defs: &m {x: 1}
            application:
              errorCategories:
                - {<<: [*m, *m], name: a, rules: [{onConditions: [Evicted]}]}
            """;

        var exception = Should.Throw<ClassifierConfigException>(() => ClassifierConfigLoader.CreateClassifier(yaml));

        exception.Errors.ShouldHaveSingleItem().ToString().ShouldBe(
            "application.errorCategories[0]: unknown key \"x\"; known keys: name, rules (line 1, column 11)");
    }

    // A config string starting with a byte order mark, as Encoding.UTF8.GetString returns for a
    // file saved with one, failed with "invalid YAML" at a path made of the first line's text.
    [Test]
    public void CreateClassifier_LeadingByteOrderMark_Loads()
    {
        var classifier = ClassifierConfigLoader.CreateClassifier("\uFEFF- {name: a, rules: [{onConditions: [Evicted]}]}");

        classifier.CategoryNames.ShouldBe(["a"]);
    }

    // A category name is config text, not pod text, and a config built in code, or loaded from a
    // string with the character unescaped, can carry a lone surrogate. It reached the FailureInfo unchanged, with the same result
    // as a lone surrogate in a termination message.
    [Test]
    public void CreateEvent_LoneSurrogateCategoryName_DecodesToEqualEvent()
    {
        var classifier = new Classifier(
            [new CategoryConfig { Name = "evicted\uD800", Rules = [new CategoryRule { OnConditions = [Conditions.Evicted] }] }]);
        var pod = ManagedPod.Builder().PodReason("Evicted").Build();
        var sequence = ManagedPod.Factory().CreateEventForCurrentState(pod, ManagedPod.ClusterId, classifier);

        var decoded = EventSequence.Parser.ParseFrom(sequence.ToByteArray());

        decoded.ShouldBe(sequence);
    }

    // JSON allows a \u escape of a lone surrogate, which Go's decoder reads as U+FFFD. The reader
    // threw InvalidOperationException from System.Text.Json instead of reading the value.
    [Test]
    public void ReadFailureInfo_EscapedLoneSurrogate_ReadsReplacementCharacter()
    {
        var info = FailureInfoJsonReader.Read("""{"terminationMessage":"a\uD800\n","categories":["\uDC00"]}""")!;

        Assert.Multiple(() =>
        {
            info.TerminationMessage.ShouldBe("a\uFFFD\n");
            info.Categories.ShouldBe(["\uFFFD"]);
        });
    }

    // A raw lone surrogate in the text made JsonDocument.Parse throw ArgumentException, which the
    // reader does not document.
    [Test]
    public void ReadFailureInfo_RawLoneSurrogate_ThrowsFormatException()
    {
        var exception = Should.Throw<FormatException>(() => FailureInfoJsonReader.Read("{\"terminationMessage\":\"\uD800\"}"));

        exception.Message.ShouldBe(
            "Invalid failure_info value '{\"terminationMessage\":\"\uFFFD\"}': it is not valid UTF-16 text, because it contains a lone surrogate. " +
            "Pass the text as the database returned it.");
    }
}
