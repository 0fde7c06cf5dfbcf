using ArmadaProject.Io.ArmadaEvents;

namespace Armada.ErrorCategorization.Ingestion;

/// <summary>Turns a <see cref="JobRunErrors"/> event into the <c>job_run</c> update that Armada's Lookout ingester makes.</summary>
public static class JobRunErrorsConverter
{
    /// <summary>The maximum size of the stored node name, in UTF-8 bytes: 512, as in Armada.</summary>
    public const int MaxNodeNameBytes = 512;

    /// <summary>
    /// Builds the run update for <paramref name="jobRunErrors"/> from its first error that is not a
    /// preemption. Later errors in the same event are ignored.
    /// </summary>
    /// <remarks>
    /// <para>
    /// A terminal error sets <see cref="JobRunFailureUpdate.Finished"/> to
    /// <paramref name="eventTime"/>. The reason decides the rest:
    /// </para>
    /// <list type="bullet">
    /// <item>PodError: <see cref="LookoutJobRunState.Failed"/>, the pod's node (null when empty), the
    /// message as error, the debug message, and the first non-zero container exit code, or 0.</item>
    /// <item>PodLeaseReturned: <see cref="LookoutJobRunState.LeaseReturned"/>, the message as error
    /// and the debug message.</item>
    /// <item>LeaseExpired: <see cref="LookoutJobRunState.LeaseExpired"/> with the error "Lease expired".</item>
    /// <item>ReconciliationError: <see cref="LookoutJobRunState.Failed"/> with its message as error.</item>
    /// <item>Any other reason, or none: <see cref="LookoutJobRunState.Failed"/> with the error "Unknown error".</item>
    /// </list>
    /// <para>
    /// The failure info is stored only when the error is terminal and carries a FailureInfo,
    /// whatever the reason. The executor sends one only with a pod error.
    /// </para>
    /// </remarks>
    /// <param name="jobRunErrors">The event.</param>
    /// <param name="eventTime">The event's <c>created</c> time.</param>
    /// <returns>The update, or <see langword="null"/> when every error is a preemption or there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="jobRunErrors"/> is null.</exception>
    public static JobRunFailureUpdate? ToRunUpdate(JobRunErrors jobRunErrors, DateTimeOffset eventTime)
    {
        ArgumentNullException.ThrowIfNull(jobRunErrors);

        foreach (var error in jobRunErrors.Errors)
        {
            if (error.ReasonCase == Error.ReasonOneofCase.JobRunPreemptedError)
            {
                // Lookout records preemption from the JobRunPreempted event instead.
                continue;
            }

            var update = new JobRunFailureUpdate
            {
                RunId = jobRunErrors.RunId,
                JobId = jobRunErrors.JobId,
                State = LookoutJobRunState.Failed,
                Finished = error.Terminal ? eventTime : null,
                FailureInfoJson = error.Terminal ? FailureInfoJsonWriter.Write(error.FailureInfo) : null,
            };
            return error.ReasonCase switch
            {
                Error.ReasonOneofCase.PodError => update with
                {
                    Node = NodeName(error.PodError.NodeName),
                    Error = error.PodError.Message,
                    Debug = error.PodError.DebugMessage,
                    ExitCode = FirstNonZeroExitCode(error.PodError),
                },
                Error.ReasonOneofCase.PodLeaseReturned => update with
                {
                    State = LookoutJobRunState.LeaseReturned,
                    Error = error.PodLeaseReturned.Message,
                    Debug = error.PodLeaseReturned.DebugMessage,
                },
                Error.ReasonOneofCase.LeaseExpired => update with { State = LookoutJobRunState.LeaseExpired, Error = "Lease expired" },
                Error.ReasonOneofCase.ReconciliationError => update with { Error = error.ReconciliationError.Message },
                _ => update with { Error = "Unknown error" },
            };
        }

        return null;
    }

    private static string? NodeName(string nodeName) =>
        nodeName.Length == 0 ? null : Utf8Text.TruncateToUtf8Bytes(Utf8Text.Sanitize(nodeName), MaxNodeNameBytes);

    private static int FirstNonZeroExitCode(PodError podError)
    {
        foreach (var containerError in podError.ContainerErrors)
        {
            if (containerError.ExitCode != 0)
            {
                return containerError.ExitCode;
            }
        }

        return 0;
    }
}
