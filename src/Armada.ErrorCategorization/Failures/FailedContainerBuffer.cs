using System.Runtime.CompilerServices;

namespace Armada.ErrorCategorization.Failures;

/// <summary>
/// Room on the stack for the failed containers of one pod, so a classification reads them into
/// memory that costs the garbage collector nothing. Pass it as a span to
/// <see cref="ContainerStatusList.CollectFailures"/>.
/// </summary>
[InlineArray(Capacity)]
internal struct FailedContainerBuffer
{
    /// <summary>Failed containers that fit; a pod with more spills to a heap array.</summary>
    public const int Capacity = 8;

    private FailedContainer element;
}
