namespace Armada.ErrorCategorization.ErrorMatch.Re2;

/// <summary>
/// A node of a parsed RE2 pattern. Every character test is already resolved to a
/// <see cref="CodePointSet"/> (with <c>(?i)</c> folding and negation applied), so the nodes carry
/// RE2's meaning and no flags.
/// </summary>
/// <remarks>
/// <see cref="Height"/> and <see cref="Size"/> follow the measures Go's parser limits (a tree
/// height of 1000 and about 3.3 million compiled instructions). Go computes them on its own,
/// slightly simplified tree, so near those limits the two can disagree.
/// </remarks>
internal abstract record Re2Node
{
    /// <summary>Height of the tree under this node, leaves counting 1.</summary>
    public abstract int Height { get; }

    /// <summary>Go's estimate of the number of program instructions the node compiles to.</summary>
    public abstract long Size { get; }

    /// <summary>One character of a class (a literal character is a class of one).</summary>
    public sealed record CharClass(CodePointSet Set) : Re2Node
    {
        public override int Height => 1;

        public override long Size => 1;
    }

    /// <summary>A zero-width assertion such as <c>^</c>, <c>\z</c> or <c>\b</c>.</summary>
    public sealed record Assertion(AssertionKind Kind) : Re2Node
    {
        public override int Height => 1;

        public override long Size => 1;
    }

    /// <summary>The empty string, as in <c>(?:)</c> or an empty alternative.</summary>
    public sealed record Empty : Re2Node
    {
        public override int Height => 1;

        public override long Size => 1;
    }

    /// <summary>Items matched one after another.</summary>
    public sealed record Concat(IReadOnlyList<Re2Node> Items) : Re2Node
    {
        public override int Height { get; } = 1 + Items.Max(item => item.Height);

        public override long Size { get; } = Math.Max(1, Items.Sum(item => item.Size));
    }

    /// <summary>Alternatives, the leftmost preferred.</summary>
    public sealed record Alternate(IReadOnlyList<Re2Node> Branches) : Re2Node
    {
        public override int Height { get; } = 1 + Branches.Max(branch => branch.Height);

        public override long Size { get; } = Branches.Sum(branch => branch.Size) + Branches.Count - 1;
    }

    /// <summary>A capturing group, named (<c>(?P&lt;name&gt;...)</c>) or numbered.</summary>
    public sealed record Capture(string? Name, Re2Node Body) : Re2Node
    {
        public override int Height { get; } = 1 + Body.Height;

        public override long Size { get; } = 2 + Body.Size;
    }

    /// <summary>
    /// A repetition: <c>*</c>, <c>+</c>, <c>?</c> or a counted form such as <c>{2,5}</c>
    /// (<see cref="Counted"/>). <see cref="Max"/> is -1 when unbounded.
    /// </summary>
    public sealed record Repeat(Re2Node Body, int Min, int Max, bool Greedy, bool Counted) : Re2Node
    {
        public override int Height { get; } = 1 + Body.Height;

        public override long Size { get; } = ComputeSize(Body.Size, Min, Max);

        private static long ComputeSize(long body, int min, int max)
        {
            if (max == -1)
            {
                return min == 0 ? 2 + body : 1 + (min * body);
            }

            return Math.Max(1, (max * body) + (max - min));
        }
    }
}
