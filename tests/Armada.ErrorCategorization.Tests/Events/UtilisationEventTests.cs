using Armada.ErrorCategorization.Events;
using ArmadaProject.Io.ArmadaEvents;
using ArmadaProject.Io.K8s.Resource;
using k8s.Models;
using Shouldly;
using static Armada.ErrorCategorization.Tests.Events.ManagedPod;

namespace Armada.ErrorCategorization.Tests.Events;

[TestFixture]
public class UtilisationEventTests
{
    [Test]
    public void CreateJobUtilisationEvent_Quantities_CanonicalStrings()
    {
        var utilisation = new ResourceUtilisationData
        {
            MaxResourcesForPeriod = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("1.5"), ["memory"] = new("4Gi") },
            AvgResourcesForPeriod = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("500m") },
            TotalCumulativeUsage = new Dictionary<string, ResourceQuantity> { ["cpu"] = new("3600") },
        };

        var sequence = Factory().CreateJobUtilisationEvent(Builder("Running").Build(), utilisation, ClusterId);

        var expected = new ResourceUtilisation
        {
            ResourceInfo = new KubernetesResourceInfo
            {
                ObjectMeta = PodMeta,
                PodInfo = new PodInfo { NodeName = NodeName, PodNumber = PodNumber },
            },
            JobId = JobId,
            RunId = RunId,
            MaxResourcesForPeriod = { ["cpu"] = new Quantity { String = "1500m" }, ["memory"] = new Quantity { String = "4Gi" } },
            AvgResourcesForPeriod = { ["cpu"] = new Quantity { String = "500m" } },
            TotalCumulativeUsage = { ["cpu"] = new Quantity { String = "3600" } },
        };
        sequence.ShouldBe(Sequence(new EventSequence.Types.Event { ResourceUtilisation = expected }));
    }

    [Test]
    public void CreateJobUtilisationEvent_DefaultData_EmptyMaps()
    {
        var utilisation = Factory().CreateJobUtilisationEvent(Builder("Running").Build(), new ResourceUtilisationData(), ClusterId)
            .Events[0].ResourceUtilisation;

        utilisation.MaxResourcesForPeriod.ShouldBeEmpty();
        utilisation.AvgResourcesForPeriod.ShouldBeEmpty();
        utilisation.TotalCumulativeUsage.ShouldBeEmpty();
    }

    [Test]
    public void CreateJobUtilisationEvent_NullQuantity_ThrowsNamingMapAndKey()
    {
        var utilisation = new ResourceUtilisationData
        {
            AvgResourcesForPeriod = new Dictionary<string, ResourceQuantity> { ["memory"] = null! },
        };

        var error = Should.Throw<ArgumentException>(() => Factory().CreateJobUtilisationEvent(Builder("Running").Build(), utilisation, ClusterId));

        error.ParamName.ShouldBe("utilisation");
        error.Message.ShouldStartWith("utilisation.AvgResourcesForPeriod[\"memory\"] is null. Give every resource a quantity, or leave the resource out.");
    }

    [Test]
    public void CreateJobUtilisationEvent_NullMap_ThrowsNamingMap()
    {
        var utilisation = new ResourceUtilisationData { TotalCumulativeUsage = null! };

        var error = Should.Throw<ArgumentException>(() => Factory().CreateJobUtilisationEvent(Builder("Running").Build(), utilisation, ClusterId));

        error.Message.ShouldStartWith("utilisation.TotalCumulativeUsage is null.");
    }
}
