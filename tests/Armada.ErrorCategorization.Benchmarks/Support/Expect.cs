namespace Armada.ErrorCategorization.Benchmarks.Support;

/// <summary>
/// Checks in a benchmark's setup that the workload matches its name, so a change to the
/// classifier cannot turn a "match" benchmark into a "no match" one unnoticed.
/// </summary>
internal static class Expect
{
    /// <exception cref="InvalidOperationException">The categories differ from <paramref name="expected"/>.</exception>
    public static void Categories(IReadOnlyList<string> actual, params string[] expected)
    {
        if (!actual.SequenceEqual(expected))
        {
            throw new InvalidOperationException(
                $"benchmark setup: expected categories [{string.Join(", ", expected)}] but the classifier returned [{string.Join(", ", actual)}]");
        }
    }
}
