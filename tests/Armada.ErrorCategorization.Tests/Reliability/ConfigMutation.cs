using CsCheck;

namespace Armada.ErrorCategorization.Tests.Reliability;

/// <summary>The tree edits <see cref="ConfigMutation"/> makes.</summary>
internal enum MutationKind
{
    DeleteKey,
    InsertKey,
    RepeatKey,
    ChangeKeyCase,
    ReplaceValue,
    ChangeValueCase,
    AnchorAndAlias,
    AliasBomb,
    MergeBomb,
}

/// <summary>
/// One random edit of a config tree. <see cref="Target"/> and <see cref="Choice"/> are reduced
/// modulo the number of candidates, so any pair of integers picks a valid place and variant.
/// </summary>
internal readonly record struct ConfigMutation(MutationKind Kind, int Target, int Choice)
{
    public static readonly Gen<ConfigMutation> Generator =
        Gen.Select(Gen.Enum<MutationKind>(), Gen.Int[0, 1000], Gen.Int[0, 1000],
            (kind, target, choice) => new ConfigMutation(kind, target, choice));

    private static readonly string[] InsertedKeys =
        ["onExitCode", "enabled", "defaultCategory", "subcategory", "", " ", "<<", "NAME", "rules ", "0", "~", "\u0000", "\uD800"];

    /// <summary>Values that replace a node: each of the wrong YAML type, out of range, or oddly spelt somewhere.</summary>
    private static readonly Func<YamlTree>[] Replacements =
    [
        () => new YamlScalar("null"),
        () => new YamlScalar("~"),
        () => new YamlScalar(""),
        () => new YamlScalar("", quoted: true),
        () => new YamlScalar("x"),
        () => new YamlScalar("true"),
        () => new YamlScalar("1.5"),
        () => new YamlScalar("0x1F"),
        () => new YamlScalar("-0"),
        () => new YamlScalar("99999999999"),
        () => new YamlScalar("-2147483649"),
        () => new YamlScalar("2147483647"),
        () => new YamlScalar("\u0000\uD800 \uFEFF", quoted: true),
        () => new YamlScalar("(?<=x)y", quoted: true),
        () => new YamlScalar("(", quoted: true),
        () => new YamlScalar(new string('a', 9000), quoted: true),
        () => new YamlScalar("!!binary AAAA"),
        () => new YamlScalar("!!int x"),
        () => new YamlList([]),
        () => new YamlMap([]),
        () => new YamlList([new YamlScalar("In"), new YamlMap([("values", new YamlList([]))])]),
        () => Nested(70),
        () => Nested(5),
    ];

    /// <summary>Applies the edit to <paramref name="root"/> in place and returns the root, which a replacement may change.</summary>
    public YamlTree ApplyTo(YamlTree root)
    {
        var nodes = Collect(root);
        var maps = nodes.OfType<YamlMap>().ToList();
        switch (Kind)
        {
            case MutationKind.DeleteKey when maps.Any(map => map.Entries.Count > 0):
            {
                var map = maps.Where(candidate => candidate.Entries.Count > 0).ElementAt(Target % maps.Count(candidate => candidate.Entries.Count > 0));
                map.Entries.RemoveAt(Choice % map.Entries.Count);
                break;
            }

            case MutationKind.InsertKey when maps.Count > 0:
            {
                var map = maps[Target % maps.Count];
                map.Entries.Insert(Choice % (map.Entries.Count + 1), (InsertedKeys[Choice % InsertedKeys.Length], new YamlScalar("1")));
                break;
            }

            case MutationKind.RepeatKey when maps.Any(map => map.Entries.Count > 0):
            {
                var map = maps.Where(candidate => candidate.Entries.Count > 0).ElementAt(Target % maps.Count(candidate => candidate.Entries.Count > 0));
                var (key, value) = map.Entries[Choice % map.Entries.Count];
                map.Entries.Add((Choice % 2 == 0 ? key : key.ToUpperInvariant(), value));
                break;
            }

            case MutationKind.ChangeKeyCase when maps.Any(map => map.Entries.Count > 0):
            {
                var map = maps.Where(candidate => candidate.Entries.Count > 0).ElementAt(Target % maps.Count(candidate => candidate.Entries.Count > 0));
                var index = Choice % map.Entries.Count;
                var (key, value) = map.Entries[index];
                map.Entries[index] = (Choice % 2 == 0 ? key.ToUpperInvariant() : key.ToLowerInvariant(), value);
                break;
            }

            case MutationKind.ReplaceValue:
                return Replace(root, nodes[Target % nodes.Count], Replacements[Choice % Replacements.Length]());

            case MutationKind.ChangeValueCase when nodes.OfType<YamlScalar>().Any():
            {
                var scalars = nodes.OfType<YamlScalar>().ToList();
                var scalar = scalars[Target % scalars.Count];
                scalar.Text = Choice % 2 == 0 ? scalar.Text.ToLowerInvariant() : scalar.Text.ToUpperInvariant();
                break;
            }

            case MutationKind.AnchorAndAlias when nodes.Count > 1:
            {
                // The alias may land before its anchor in the text, or inside the anchored node itself.
                var anchored = nodes[Target % nodes.Count];
                anchored.Anchor ??= $"a{Target}";
                return Replace(root, nodes[Choice % nodes.Count], new YamlAlias(anchored.Anchor));
            }

            case MutationKind.AliasBomb:
                return Replace(root, nodes[Target % nodes.Count], AliasBomb(levels: 3 + (Choice % 5)));

            case MutationKind.MergeBomb when maps.Count > 0:
            {
                // The chain goes first in the text, so every mapping can merge its last link.
                var (chain, last) = MergeChain(levels: 3 + (Choice % 6));
                if (root is YamlList rootList)
                {
                    rootList.Items.Insert(0, chain);
                }
                else
                {
                    ((YamlMap)root).Entries.Insert(0, ("defs", chain));
                }

                var map = maps[Target % maps.Count];
                map.Entries.Insert(Choice % (map.Entries.Count + 1), ("<<", new YamlAlias(last)));
                break;
            }
        }

        return root;
    }

    /// <summary>Lists nested <paramref name="depth"/> levels deep: <c>[[[...]]]</c>.</summary>
    private static YamlTree Nested(int depth)
    {
        YamlTree node = new YamlScalar("x");
        for (var i = 0; i < depth; i++)
        {
            node = new YamlList([node]);
        }

        return node;
    }

    /// <summary>
    /// A list whose item <c>i</c> contains ten aliases to item <c>i - 1</c>, so the last item expands to
    /// 10^<paramref name="levels"/> scalars.
    /// </summary>
    private static YamlList AliasBomb(int levels)
    {
        var items = new List<YamlTree>();
        YamlTree first = new YamlList(Enumerable.Range(0, 10).Select(_ => (YamlTree)new YamlScalar("x")).ToList()) { Anchor = "bomb0" };
        items.Add(first);
        for (var level = 1; level < levels; level++)
        {
            var name = $"bomb{level - 1}";
            items.Add(new YamlList(Enumerable.Range(0, 10).Select(_ => (YamlTree)new YamlAlias(name)).ToList()) { Anchor = $"bomb{level}" });
        }

        return new YamlList(items);
    }

    /// <summary>
    /// Mappings whose link <c>i</c> merges link <c>i - 1</c> ten times, so merging the last link
    /// visits 10^<paramref name="levels"/> mappings unless the loader stops it.
    /// </summary>
    private static (YamlList Chain, string LastAnchor) MergeChain(int levels)
    {
        var links = new List<YamlTree> { new YamlMap([("containerName", new YamlScalar("main"))]) { Anchor = "merge0" } };
        for (var level = 1; level < levels; level++)
        {
            var previous = new YamlList(Enumerable.Range(0, 10).Select(_ => (YamlTree)new YamlAlias($"merge{level - 1}")).ToList());
            links.Add(new YamlMap([("<<", previous)]) { Anchor = $"merge{level}" });
        }

        return (new YamlList(links), $"merge{levels - 1}");
    }

    private static List<YamlTree> Collect(YamlTree root)
    {
        var nodes = new List<YamlTree>();
        var pending = new Stack<YamlTree>([root]);
        while (pending.TryPop(out var node))
        {
            nodes.Add(node);
            var children = node switch
            {
                YamlList list => list.Items,
                YamlMap map => map.Entries.Select(entry => entry.Value),
                _ => [],
            };
            foreach (var child in children.Reverse())
            {
                pending.Push(child);
            }
        }

        return nodes;
    }

    private static YamlTree Replace(YamlTree root, YamlTree target, YamlTree replacement)
    {
        if (ReferenceEquals(root, target))
        {
            return replacement;
        }

        foreach (var node in Collect(root))
        {
            switch (node)
            {
                case YamlList list when list.Items.IndexOf(target) is var index and >= 0:
                    list.Items[index] = replacement;
                    return root;
                case YamlMap map when map.Entries.FindIndex(entry => ReferenceEquals(entry.Value, target)) is var index and >= 0:
                    map.Entries[index] = (map.Entries[index].Key, replacement);
                    return root;
            }
        }

        return root;
    }
}
