using ArmadaProject.Io.Api;
using Shouldly;

namespace Armada.ErrorCategorization.Tests.Ingestion;

/// <summary>Pins the field numbers of the public api messages to Armada's, so that clients decode our bytes.</summary>
[TestFixture]
public class PublicEventSchemaTests
{
    private static readonly TestCaseData[] JobFailedEventFields =
    [
        new("job_id", 1), new("job_set_id", 2), new("queue", 3), new("created", 4), new("cluster_id", 5),
        new("reason", 6), new("exit_codes", 7), new("kubernetes_id", 8), new("node_name", 9), new("pod_number", 10),
        new("container_statuses", 11), new("cause", 12), new("pod_name", 13), new("pod_namespace", 14), new("categories", 15),
    ];

    [TestCaseSource(nameof(JobFailedEventFields))]
    public void JobFailedEvent_Field_HasArmadaNumber(string name, int number)
    {
        JobFailedEvent.Descriptor.FindFieldByName(name).FieldNumber.ShouldBe(number);
    }

    [Test]
    public void JobFailedEvent_FieldCount_Fifteen()
    {
        JobFailedEvent.Descriptor.Fields.InFieldNumberOrder().Count.ShouldBe(15);
    }

    [Test]
    public void JobFailedEvent_Categories_RepeatedString()
    {
        var field = JobFailedEvent.Descriptor.FindFieldByName("categories");

        Assert.Multiple(() =>
        {
            field.IsRepeated.ShouldBeTrue();
            field.FieldType.ShouldBe(Google.Protobuf.Reflection.FieldType.String);
        });
    }

    private static readonly TestCaseData[] ContainerStatusFields =
    [
        new("name", 1), new("exitCode", 2), new("message", 3), new("reason", 4), new("cause", 5),
    ];

    [TestCaseSource(nameof(ContainerStatusFields))]
    public void ContainerStatus_Field_HasArmadaNumber(string name, int number)
    {
        ContainerStatus.Descriptor.FindFieldByName(name).FieldNumber.ShouldBe(number);
    }

    [TestCase(Cause.Error, 0)]
    [TestCase(Cause.Evicted, 1)]
    [TestCase(Cause.Oom, 2)]
    [TestCase(Cause.DeadlineExceeded, 3)]
    [TestCase(Cause.Rejected, 4)]
    public void Cause_Value_HasArmadaNumber(Cause cause, int number)
    {
        ((int)cause).ShouldBe(number);
    }

    [Test]
    public void EventProto_PackageAndNamespace_Armadas()
    {
        Assert.Multiple(() =>
        {
            JobFailedEvent.Descriptor.File.Package.ShouldBe("api");
            JobFailedEvent.Descriptor.FullName.ShouldBe("api.JobFailedEvent");
        });
    }
}
