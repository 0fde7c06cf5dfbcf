namespace Armada.ErrorCategorization.Failures;

/// <summary>
/// A container whose current state is terminated with a non-zero exit code, with the fields the
/// classifier reads, copied out of the pod once so rules need not walk the status objects again.
/// </summary>
/// <param name="Name">The container name.</param>
/// <param name="ExitCode">The non-zero exit code.</param>
/// <param name="Reason">The terminated state's reason, such as <c>OOMKilled</c> or <c>Error</c>.</param>
/// <param name="Message">The termination message.</param>
internal readonly record struct FailedContainer(string? Name, int ExitCode, string? Reason, string? Message);
