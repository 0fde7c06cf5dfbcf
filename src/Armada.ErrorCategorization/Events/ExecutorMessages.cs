namespace Armada.ErrorCategorization.Events;

/// <summary>
/// The fixed failure messages that Armada's executor puts on the events it sends, so that a .NET
/// executor reports the same text to users and to Lookout.
/// </summary>
public static class ExecutorMessages
{
    /// <summary>Message of the failure event sent after a run was preempted.</summary>
    public const string RunPreempted = "Run preempted";

    /// <summary>Message of the failure event for a run whose pod is missing during reconciliation.</summary>
    public const string PodMissing = "Pod is unexpectedly missing in Kubernetes";

    /// <summary>Message of a pod stuck terminating (deleted, but not by Armada, and still not gone after the expiry).</summary>
    public const string StuckTerminating =
        "job couldn't shut down cleanly as pod stuck in terminating phase, this indicates a node issue";

    /// <summary>Message of a pod that ran longer than its active deadline plus grace period and expiry.</summary>
    public const string ActiveDeadlineExceeded = "pod has exceeded active deadline seconds";

    /// <summary>Message of a pod that someone other than Armada deleted before it finished.</summary>
    public const string ExternallyDeleted = "Pod was unexpectedly deleted";

    /// <summary>Builds the message of a pending pod that the pod checks found cannot start.</summary>
    /// <param name="podCheckMessage">The message of the pod check that failed.</param>
    /// <returns>The message, with <paramref name="podCheckMessage"/> on the line after the fixed text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="podCheckMessage"/> is null.</exception>
    public static string StuckStartingUp(string podCheckMessage)
    {
        ArgumentNullException.ThrowIfNull(podCheckMessage);
        return "Unable to start pod - encountered an unrecoverable problem.\n" + podCheckMessage;
    }

    /// <summary>Builds the message of a pod that started after Armada asked to delete it to handle a retryable issue.</summary>
    /// <param name="originalMessage">The message of the issue that the delete was meant to handle.</param>
    /// <returns>The message, ending with <paramref name="originalMessage"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="originalMessage"/> is null.</exception>
    public static string ErrorDuringIssueHandling(string originalMessage)
    {
        ArgumentNullException.ThrowIfNull(originalMessage);
        return "Pod unexpectedly started up after delete was called.\n\nDelete was originally called to handle issue:\n" + originalMessage;
    }
}
