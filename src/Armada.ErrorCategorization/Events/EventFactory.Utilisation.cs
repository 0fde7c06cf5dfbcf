using ArmadaProject.Io.ArmadaEvents;
using ArmadaProject.Io.K8s.Resource;
using Google.Protobuf.Collections;
using k8s.Models;
using Event = ArmadaProject.Io.ArmadaEvents.EventSequence.Types.Event;

namespace Armada.ErrorCategorization.Events;

// The event that reports a run's resource usage.
public sealed partial class EventFactory
{
    /// <summary>Builds a <see cref="ResourceUtilisation"/> event with the run's resource usage over a period.</summary>
    /// <remarks>
    /// The resource info carries the pod's UID, name, namespace and <paramref name="clusterId"/> as
    /// object meta, and its node name and pod number. Each quantity is written as its canonical
    /// Kubernetes string, such as <c>1500m</c> for <c>1.5</c>.
    /// </remarks>
    /// <param name="pod">The pod of the run.</param>
    /// <param name="utilisation">The usage maps.</param>
    /// <param name="clusterId">The executor id to put in the object meta.</param>
    /// <returns>A sequence with one event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pod"/>, <paramref name="utilisation"/> or <paramref name="clusterId"/> is null.</exception>
    /// <exception cref="ArgumentException">A map of <paramref name="utilisation"/> is null or has a null quantity.</exception>
    /// <exception cref="EventCreationException">The pod's job id or run id label is missing.</exception>
    public EventSequence CreateJobUtilisationEvent(V1Pod pod, ResourceUtilisationData utilisation, string clusterId)
    {
        ArgumentNullException.ThrowIfNull(pod);
        ArgumentNullException.ThrowIfNull(utilisation);
        ArgumentNullException.ThrowIfNull(clusterId);

        var (jobId, runId) = PodMetadata.GetIds(pod);
        var resourceUtilisation = new ResourceUtilisation
        {
            ResourceInfo = PodResourceInfo(pod, clusterId, NodeName(pod)),
            JobId = jobId,
            RunId = runId,
        };

        var problem =
            AddQuantities(resourceUtilisation.MaxResourcesForPeriod, utilisation.MaxResourcesForPeriod, nameof(utilisation.MaxResourcesForPeriod)) ??
            AddQuantities(resourceUtilisation.AvgResourcesForPeriod, utilisation.AvgResourcesForPeriod, nameof(utilisation.AvgResourcesForPeriod)) ??
            AddQuantities(resourceUtilisation.TotalCumulativeUsage, utilisation.TotalCumulativeUsage, nameof(utilisation.TotalCumulativeUsage));
        if (problem is not null)
        {
            throw new ArgumentException($"{nameof(utilisation)}.{problem}", nameof(utilisation));
        }

        return NewSequence(pod, new Event { ResourceUtilisation = resourceUtilisation });
    }

    /// <summary>Copies <paramref name="source"/> into <paramref name="target"/>.</summary>
    /// <returns>Null on success, else what is wrong, starting with the map's property name.</returns>
    private static string? AddQuantities(
        MapField<string, Quantity> target, IReadOnlyDictionary<string, ResourceQuantity>? source, string mapName)
    {
        if (source is null)
        {
            return $"{mapName} is null. Leave it at its default, an empty map, when there is nothing to report.";
        }

        foreach (var (resource, quantity) in source)
        {
            if (quantity is null)
            {
                return $"{mapName}[\"{resource}\"] is null. Give every resource a quantity, or leave the resource out.";
            }

            target[resource] = new Quantity { String = quantity.ToString() };
        }

        return null;
    }
}
