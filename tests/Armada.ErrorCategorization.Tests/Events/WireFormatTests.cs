using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.Failures;
using Armada.ErrorCategorization.Tests.Support;
using ArmadaProject.Io.ArmadaEvents;
using Google.Protobuf;
using Shouldly;
using static Armada.ErrorCategorization.Tests.Events.ManagedPod;

namespace Armada.ErrorCategorization.Tests.Events;

/// <summary>
/// Pins the bytes of a failure event. The field numbers and wire types come from Armada's
/// armadaevents schema, so a change here means Armada's services would read the event differently.
/// </summary>
[TestFixture]
public class WireFormatTests
{
    // The failure event of FailedPodSequence, as lower-case hex, one protobuf field or group of
    // fields per line. Computed once from this library and checked against the schema by hand. The
    // tests below also check the main tags one by one.
    private const string ExpectedHex =
        "0a08" + "7265736561726368" +                                  // queue = "research"
        "1210" + "6e696768746c792d747261696e696e67" +                  // job_set_name = "nightly-training"
        "2ad602" +                                                     // events[0], 342 bytes
        "72c502" +                                                     //   jobRunErrors (14), 325 bytes
        "1a8002" +                                                     //     errors[0] (3), 256 bytes
        "0801" +                                                       //       terminal = true
        "42e601" +                                                     //       podError (8), 230 bytes
        "0a61" +                                                       //         objectMeta (1)
        "0a0c" + "636c75737465722d65752d31" +                          //           executor_id
        "1206" + "7465616d2d61" +                                      //           namespace
        "1a23" + "61726d6164612d30316878336b3971357637733874326d346e36703872307731792d30" + // name
        "2224" + "38613966306333652d356431622d346332612d396537662d316232633364346535663630" + // kubernetes_id
        "1240" + "436f6e7461696e6572206d61696e206661696c65642077697468206578697420636f6465203133372062656361757365204f4f4d4b696c6c65643a206f6f6d0a" + // message
        "1a06" + "6e6f64652d37" +                                      //         node_name = "node-7"
        "2002" +                                                       //         pod_number = 2
        "2a33" +                                                       //         containerErrors[0] (5)
        "0a1c" + "0a0c636c75737465722d65752d3112067465616d2d611a046d61696e" + // objectMeta
        "108901" +                                                     //           exit_code = 137
        "1a03" + "6f6f6d" +                                            //           message = "oom"
        "2209" + "4f4f4d4b696c6c6564" +                                //           reason = "OOMKilled"
        "4802" +                                                       //           kubernetes_reason (9) = OOM
        "3002" +                                                       //         kubernetes_reason (6) = OOM
        "7a13" +                                                       //       failure_info (15), 19 bytes
        "088901" +                                                     //         exit_code = 137
        "1203" + "6f6f6d" +                                            //         termination_message = "oom"
        "1a03" + "6f6f6d" +                                            //         categories[0] = "oom"
        "2204" + "6d61696e" +                                          //         container_name = "main"
        "221a" + "30316878336b3971357637733874326d346e3670387230773179" + // job_id (4)
        "2a24" + "34663163326237652d396133642d346535662d386236612d306331643265336634613562" + // run_id (5)
        "92010b" +                                                     //   created (18), 11 bytes
        "08d983e2b106" +                                               //     seconds = 1714979289
        "10bc99ef3a";                                                  //     nanos = 123456700

    private static EventSequence FailedPodSequence()
    {
        var pod = Builder("Failed").Terminated("main", 137, "OOMKilled", "oom").Build();
        var classifier = new Classifier([new CategoryConfig { Name = "oom", Rules = [new CategoryRule { OnConditions = ["OOMKilled"] }] }]);
        return Factory().CreateEventForCurrentState(pod, ClusterId, classifier);
    }

    /// <summary>Reads the top-level fields of a message: each tag, and the payload of length-delimited fields.</summary>
    private static List<(uint Tag, byte[] Payload)> Fields(byte[] message)
    {
        var input = new CodedInputStream(message);
        var fields = new List<(uint Tag, byte[] Payload)>();
        for (var tag = input.ReadTag(); tag != 0; tag = input.ReadTag())
        {
            if (WireFormat.GetTagWireType(tag) == WireFormat.WireType.LengthDelimited)
            {
                fields.Add((tag, input.ReadBytes().ToByteArray()));
            }
            else
            {
                input.SkipLastField();
                fields.Add((tag, []));
            }
        }

        return fields;
    }

    private static byte[] Payload(byte[] message, uint tag) => Fields(message).Single(field => field.Tag == tag).Payload;

    [Test]
    public void HasFailedContainer_ExplicitZeroExitCode_False()
    {
        var info = new FailureInfo { ExitCode = 0 };

        info.HasFailedContainer.ShouldBeFalse();
    }

    [Test]
    public void FailedPodEvent_Serialized_MatchesPinnedBytes()
    {
        var bytes = FailedPodSequence().ToByteArray();

        Convert.ToHexStringLower(bytes).ShouldBe(ExpectedHex);
    }

    [Test]
    public void FailedPodEvent_SequenceTags_QueueJobSetEvents()
    {
        var tags = Fields(FailedPodSequence().ToByteArray()).Select(field => field.Tag);

        tags.ShouldBe([0x0au, 0x12u, 0x2au]);
    }

    [Test]
    public void FailedPodEvent_EventTags_JobRunErrorsThenCreated()
    {
        var @event = Payload(FailedPodSequence().ToByteArray(), 0x2a);

        // 0x72 is field 14 (jobRunErrors), length-delimited. 146 is field 18 (created), written as the varint 0x92 0x01.
        Fields(@event).Select(field => field.Tag).ShouldBe([0x72u, 146u]);
        Convert.ToHexStringLower(@event).ShouldContain("92010b08");
    }

    [Test]
    public void FailedPodEvent_ErrorTags_TerminalPodErrorFailureInfo()
    {
        var jobRunErrors = Payload(Payload(FailedPodSequence().ToByteArray(), 0x2a), 0x72);
        var error = Payload(jobRunErrors, 0x1a);

        // terminal (1, varint) 0x08, podError (8) 0x42, failure_info (15) 0x7a.
        Fields(error).Select(field => field.Tag).ShouldBe([0x08u, 0x42u, 0x7au]);
    }

    [Test]
    public void FailedPodEvent_FailureInfoBytes_AllFourFields()
    {
        var jobRunErrors = Payload(Payload(FailedPodSequence().ToByteArray(), 0x2a), 0x72);
        var failureInfo = Payload(Payload(jobRunErrors, 0x1a), 0x7a);

        Convert.ToHexStringLower(failureInfo).ShouldBe("088901" + "12036f6f6d" + "1a036f6f6d" + "22046d61696e");
    }

    [Test]
    public void FailedPodEvent_DecodeRoundTrip_EqualsOriginal()
    {
        var original = FailedPodSequence();

        var decoded = EventSequence.Parser.ParseFrom(original.ToByteArray());

        decoded.ShouldBe(original);
        decoded.Events[0].JobRunErrors.Errors[0].FailureInfo.HasFailedContainer.ShouldBeTrue();
        decoded.Events[0].Created.ShouldBe(Created);
    }

    [Test]
    public void FailureInfo_NoFailedContainer_NoExitCodeBytes()
    {
        var info = PodFailures.ExtractFailureInfo(new PodBuilder().Terminated("main", 0, "Completed").Build(), ["oom"]);

        // Armada leaves a zero exit code out of the bytes, and so does this library.
        Convert.ToHexStringLower(info.ToByteArray()).ShouldBe("1a036f6f6d");
    }

    [Test]
    public void FailureInfo_ArmadaBytesWithoutExitCode_NoFailedContainer()
    {
        // categories = ["oom"] only, as Armada writes a FailureInfo whose pod had no failed container.
        var info = FailureInfo.Parser.ParseFrom(Convert.FromHexString("1a036f6f6d"));

        info.HasFailedContainer.ShouldBeFalse();
        info.ExitCode.ShouldBe(0);
        info.Categories.ShouldBe(["oom"]);
    }

    [Test]
    public void FailureInfo_ArmadaBytesWithExitCode_FailedContainer()
    {
        // exit_code = 1, container_name = "main".
        var info = FailureInfo.Parser.ParseFrom(Convert.FromHexString("0801" + "22046d61696e"));

        info.HasFailedContainer.ShouldBeTrue();
        info.ExitCode.ShouldBe(1);
        info.ContainerName.ShouldBe("main");
    }
}
