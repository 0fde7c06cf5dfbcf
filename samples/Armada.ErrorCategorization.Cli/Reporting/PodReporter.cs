using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.Events;
using Armada.ErrorCategorization.Failures;
using k8s.Models;

namespace Armada.ErrorCategorization.Cli.Reporting;

/// <summary>Classifies pods and, on request, explains the matches and builds the executor's event.</summary>
/// <param name="classifier">The classifier built from the rule config.</param>
/// <param name="explain">Whether to add <see cref="PodReport.Matches"/>.</param>
/// <param name="eventFactory">The factory for <see cref="PodReport.Event"/>, or <see langword="null"/> to build no events.</param>
/// <param name="clusterId">The executor id written into events.</param>
internal sealed class PodReporter(Classifier classifier, bool explain, EventFactory? eventFactory, string clusterId)
{
    /// <summary>Builds the report for <paramref name="pod"/>. A pod the event factory rejects gets an error, not an exception.</summary>
    public PodReport Report(V1Pod pod)
    {
        var categories = classifier.Classify(pod);
        var failureInfo = PodFailures.ExtractFailureInfo(pod, categories);
        var report = new PodReport
        {
            Pod = DisplayName(pod),
            Phase = pod.Status?.Phase,
            Categories = categories,
            FailureInfo = failureInfo,
            Summary = PodSummary.Describe(pod, failureInfo),
            Matches = explain ? classifier.Explain(pod) : null,
        };

        if (eventFactory is null)
        {
            return report;
        }

        try
        {
            return report with { Event = eventFactory.CreateEventForCurrentState(pod, clusterId, classifier) };
        }
        catch (EventCreationException exception)
        {
            return report with { Error = DescribeEventError(exception) };
        }
    }

    /// <summary>Describes why the event could not be built, and that the pod can still be classified.</summary>
    public static string DescribeEventError(EventCreationException exception)
    {
        var message = exception.Message.TrimEnd();
        var stop = message.EndsWith('.') ? string.Empty : ".";
        return $"cannot create the event: {message}{stop} Run without --emit-event to classify the pod anyway.";
    }

    /// <summary>Returns <c>namespace/name</c> as kubectl shows it, or the name alone for a pod without a namespace.</summary>
    public static string DisplayName(V1Pod pod)
    {
        var name = string.IsNullOrEmpty(pod.Metadata?.Name) ? "(unnamed)" : pod.Metadata.Name;
        var ns = pod.Metadata?.NamespaceProperty;
        return string.IsNullOrEmpty(ns) ? name : $"{ns}/{name}";
    }
}
