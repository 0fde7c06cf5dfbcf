// The generated FailureInfo message lives in the namespace that events.proto sets, so this part of
// the class must use that namespace too, although the file sits with the other failure helpers.
namespace ArmadaProject.Io.ArmadaEvents;

/// <content>Adds a readable name for the presence of failed-container data.</content>
public sealed partial class FailureInfo
{
    /// <summary>
    /// Whether a failed container was found, so that <see cref="ExitCode"/>,
    /// <see cref="TerminationMessage"/> and <see cref="ContainerName"/> describe it.
    /// </summary>
    /// <value>
    /// <see langword="true"/> when <see cref="HasExitCode"/> is set to a non-zero code. Armada leaves
    /// the exit code at 0 when no container failed, and this library sets it only to a non-zero
    /// code, so a FailureInfo written by either and decoded here reads <see langword="false"/>
    /// exactly when no failed container was found. An explicit 0 set by a caller also reads
    /// <see langword="false"/>, because a failed container never exits with 0.
    /// </value>
    public bool HasFailedContainer => HasExitCode && ExitCode != 0;
}
