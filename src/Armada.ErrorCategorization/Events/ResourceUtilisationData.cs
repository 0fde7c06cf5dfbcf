using k8s.Models;

namespace Armada.ErrorCategorization.Events;

/// <summary>
/// Resource usage of one run over a reporting period, keyed by resource name (such as <c>cpu</c> or
/// <c>memory</c>), for <see cref="EventFactory.CreateJobUtilisationEvent"/>.
/// </summary>
/// <remarks>
/// Quantities are Kubernetes <see cref="ResourceQuantity"/> values, so any form Kubernetes accepts
/// (<c>"1.5"</c>, <c>"1500m"</c>, <c>"4Gi"</c>) can be given through <c>new ResourceQuantity("...")</c>.
/// The event carries each quantity's canonical string, as Armada's Go executor does.
/// </remarks>
public sealed record ResourceUtilisationData
{
    /// <summary>The maximum usage seen in the period.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyDictionary<string, ResourceQuantity> MaxResourcesForPeriod { get; init; } =
        new Dictionary<string, ResourceQuantity>();

    /// <summary>The average usage over the period.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyDictionary<string, ResourceQuantity> AvgResourcesForPeriod { get; init; } =
        new Dictionary<string, ResourceQuantity>();

    /// <summary>The usage accumulated since the run started, for resources that add up over time.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyDictionary<string, ResourceQuantity> TotalCumulativeUsage { get; init; } =
        new Dictionary<string, ResourceQuantity>();
}
