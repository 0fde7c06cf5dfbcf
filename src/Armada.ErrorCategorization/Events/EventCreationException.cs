namespace Armada.ErrorCategorization.Events;

/// <summary>
/// Thrown by <see cref="EventFactory"/> when a pod cannot be turned into an event: a required label
/// is missing, the pod is in a phase that has no event, or ingress info was requested for a pod that
/// cannot have it. The message names the pod as <c>namespace/name</c>, the problem and how to fix it.
/// </summary>
/// <remarks>
/// These are the cases where Armada's Go executor returns an error and logs it instead of sending an
/// event. A caller that reports many pods can catch this exception, log it and go on with the next pod.
/// </remarks>
public sealed class EventCreationException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public EventCreationException()
        : base("the event could not be created from the pod")
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    /// <param name="message">What failed, on which pod, and how to fix it.</param>
    public EventCreationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and the exception that caused it.</summary>
    /// <param name="message">What failed, on which pod, and how to fix it.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public EventCreationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
