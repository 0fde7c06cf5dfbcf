namespace Armada.ErrorCategorization.ErrorMatch.Re2;

/// <summary>
/// Parses a pattern in the syntax Go's <c>regexp.Compile</c> accepts (RE2 with Perl flags) into a
/// <see cref="Re2Node"/> tree, and rejects everything Go rejects with an
/// <see cref="InvalidPatternException"/> that names the construct, its offset and what to write instead.
/// </summary>
/// <remarks>
/// Offsets are 0-based indexes into the pattern string (UTF-16 code units). Groups are kept on an
/// explicit stack, so deeply nested patterns cannot overflow the call stack.
/// </remarks>
internal sealed partial class Re2Parser
{
    /// <summary>Maximum count in <c>x{n,m}</c>, and maximum product of nested counts.</summary>
    public const int MaxRepeat = 1000;

    /// <summary>Maximum height of the parse tree.</summary>
    public const int MaxHeight = 1000;

    /// <summary>Maximum size of the compiled program in instructions: 128 MiB of 40-byte instructions, as in Go.</summary>
    public const long MaxSize = (128L << 20) / 40;

    private readonly string pattern;
    private readonly Stack<GroupFrame> groups = new();
    private int position;
    private ParseFlags flags;

    private Re2Parser(string pattern)
    {
        this.pattern = pattern;
        groups.Push(new GroupFrame(openPosition: -1, ParseFlags.None, capturing: false, name: null));
    }

    [Flags]
    private enum ParseFlags
    {
        None = 0,

        /// <summary><c>i</c>: case-insensitive.</summary>
        FoldCase = 1,

        /// <summary><c>m</c>: <c>^</c> and <c>$</c> match at line boundaries.</summary>
        MultiLine = 2,

        /// <summary><c>s</c>: <c>.</c> matches <c>\n</c>.</summary>
        DotMatchesNewline = 4,

        /// <summary><c>U</c>: repetitions prefer fewer.</summary>
        Ungreedy = 8,
    }

    /// <summary>Parses <paramref name="pattern"/>.</summary>
    /// <exception cref="InvalidPatternException">Go rejects the pattern.</exception>
    public static Re2Node Parse(string pattern)
    {
        var parser = new Re2Parser(pattern);
        var root = parser.ParseAll();
        if (root.Size > MaxSize)
        {
            throw new InvalidPatternException(pattern, Re2Messages.TooLarge());
        }

        return root;
    }

    private Re2Node ParseAll()
    {
        // Whether the previous token was a repetition operator, and where it started: RE2 rejects
        // one repetition applied directly to another (a**, a*+, a{2}{3}).
        var previousRepeatStart = -1;
        while (position < pattern.Length)
        {
            var start = position;
            var isRepeat = false;
            switch (pattern[position])
            {
                case '(':
                    ParseOpenParen();
                    break;
                case '|':
                    Top.EndBranch();
                    position++;
                    break;
                case ')':
                    CloseGroup();
                    break;
                case '^':
                    Append(new Re2Node.Assertion(Has(ParseFlags.MultiLine) ? AssertionKind.BeginLine : AssertionKind.BeginText));
                    position++;
                    break;
                case '$':
                    Append(new Re2Node.Assertion(Has(ParseFlags.MultiLine) ? AssertionKind.EndLine : AssertionKind.EndText));
                    position++;
                    break;
                case '.':
                    Append(new Re2Node.CharClass(Has(ParseFlags.DotMatchesNewline) ? CodePointSet.All : CodePointSet.All.Subtract('\n', '\n')));
                    position++;
                    break;
                case '[':
                    Append(new Re2Node.CharClass(ParseBracketClass()));
                    break;
                case '*' or '+' or '?':
                    var (min, max) = pattern[position] switch { '*' => (0, -1), '+' => (1, -1), _ => (0, 1) };
                    position++;
                    ApplyRepeat(start, min, max, counted: false, previousRepeatStart);
                    isRepeat = true;
                    break;
                case '{':
                    isRepeat = TryParseCountedRepeat(start, previousRepeatStart);
                    break;
                case '\\':
                    ParseEscapeOutsideClass();
                    break;
                default:
                    AppendLiteral(ReadCodePoint());
                    break;
            }

            previousRepeatStart = isRepeat ? start : -1;
        }

        if (groups.Count > 1)
        {
            throw Error(Re2Messages.MissingParen(), groups.Peek().OpenPosition);
        }

        var root = Top.Finish();
        if (root.Height > MaxHeight)
        {
            throw new InvalidPatternException(pattern, Re2Messages.NestsTooDeeply());
        }

        return root;
    }

    private GroupFrame Top => groups.Peek();

    private bool Has(ParseFlags flag) => (flags & flag) != 0;

    private void Append(Re2Node node)
    {
        if (node.Height > MaxHeight)
        {
            throw new InvalidPatternException(pattern, Re2Messages.NestsTooDeeply());
        }

        Top.Items.Add(node);
    }

    private void AppendLiteral(int codePoint) =>
        Append(new Re2Node.CharClass(Has(ParseFlags.FoldCase) ? CaseFolding.Orbit(codePoint) : CodePointSet.Single(codePoint)));

    private void ParseOpenParen()
    {
        var start = position;
        if (position + 1 < pattern.Length && pattern[position + 1] == '?')
        {
            ParseQuestionGroup(start);
            return;
        }

        groups.Push(new GroupFrame(start, flags, capturing: true, name: null));
        position++;
    }

    private void CloseGroup()
    {
        if (groups.Count == 1)
        {
            throw Error(Re2Messages.UnexpectedParen(), position);
        }

        var frame = groups.Pop();
        var body = frame.Finish();
        flags = frame.FlagsBefore;
        Append(frame.Capturing ? new Re2Node.Capture(frame.Name, body) : body);
        position++;
    }

    /// <summary>Parses a group that starts with <c>(?</c>: a named group, a flag group, or a construct RE2 rejects.</summary>
    private void ParseQuestionGroup(int start)
    {
        var rest = pattern.AsSpan(start);
        var pythonName = rest.Length > 4 && rest[2] == 'P' && rest[3] == '<';
        var perlName = rest.Length > 3 && rest[2] == '<';
        if (pythonName || perlName)
        {
            if (perlName && rest[3] is '=' or '!')
            {
                throw Error(Re2Messages.Lookbehind(rest[..4].ToString()), start);
            }

            ParseNamedGroup(start, nameStart: start + (pythonName ? 4 : 3));
            return;
        }

        // Flags: (?i) (?-s) (?im-sU) set them for the rest of the group, (?i:x) only within x.
        position = start + 2;
        var newFlags = flags;
        var negate = false;
        var sawFlag = false;
        while (position < pattern.Length)
        {
            var offending = position;
            var c = pattern[position++];
            switch (c)
            {
                case 'i' or 'm' or 's' or 'U':
                    var flag = c switch
                    {
                        'i' => ParseFlags.FoldCase,
                        'm' => ParseFlags.MultiLine,
                        's' => ParseFlags.DotMatchesNewline,
                        _ => ParseFlags.Ungreedy,
                    };
                    newFlags = negate ? newFlags & ~flag : newFlags | flag;
                    sawFlag = true;
                    continue;
                case '-' when !negate:
                    negate = true;
                    sawFlag = false;
                    continue;
                case ':' or ')' when !negate || sawFlag:
                    if (c == ':')
                    {
                        groups.Push(new GroupFrame(start, flags, capturing: false, name: null));
                    }

                    flags = newFlags;
                    return;
                default:
                    throw Error(Re2Messages.InvalidQuestionGroup(pattern, start, offending), start);
            }
        }

        throw Error(Re2Messages.InvalidQuestionGroup(pattern, start, pattern.Length), start);
    }

    private void ParseNamedGroup(int start, int nameStart)
    {
        var end = pattern.IndexOf('>', start);
        if (end < 0)
        {
            throw Error(Re2Messages.UnterminatedGroupName(pattern[start..]), start);
        }

        var name = pattern[nameStart..end];
        if (name.Length == 0 || !name.All(c => c == '_' || char.IsAsciiLetterOrDigit(c)))
        {
            throw Error(Re2Messages.InvalidGroupName(pattern[start..(end + 1)]), start);
        }

        groups.Push(new GroupFrame(start, flags, capturing: true, name));
        position = end + 1;
    }

    /// <summary>
    /// Parses <c>{n}</c>, <c>{n,}</c> or <c>{n,m}</c> at <paramref name="start"/>. Text of any other
    /// form, such as <c>{,5}</c> or <c>{01}</c>, is a literal <c>{</c>, as in Go.
    /// </summary>
    /// <returns>Whether a repetition was applied.</returns>
    private bool TryParseCountedRepeat(int start, int previousRepeatStart)
    {
        var cursor = start + 1;
        if (!TryParseCount(ref cursor, out var min) || cursor >= pattern.Length)
        {
            return LiteralBrace();
        }

        var max = min;
        if (pattern[cursor] == ',')
        {
            cursor++;
            if (cursor >= pattern.Length)
            {
                return LiteralBrace();
            }

            if (pattern[cursor] == '}')
            {
                max = -1;
            }
            else if (!TryParseCount(ref cursor, out max))
            {
                return LiteralBrace();
            }
        }

        if (cursor >= pattern.Length || pattern[cursor] != '}')
        {
            return LiteralBrace();
        }

        position = cursor + 1;
        if (min > MaxRepeat || max > MaxRepeat || (max >= 0 && min > max))
        {
            throw Error(Re2Messages.InvalidRepeatCount(pattern[start..position], min, max), start);
        }

        ApplyRepeat(start, min, max, counted: true, previousRepeatStart);
        return true;

        bool LiteralBrace()
        {
            position = start + 1;
            AppendLiteral('{');
            return false;
        }
    }

    /// <summary>Reads a decimal count without leading zeros; values above <see cref="MaxRepeat"/> are clamped to <see cref="MaxRepeat"/> + 1.</summary>
    private bool TryParseCount(ref int cursor, out int value)
    {
        value = 0;
        var first = cursor;
        while (cursor < pattern.Length && char.IsAsciiDigit(pattern[cursor]))
        {
            value = Math.Min((value * 10) + (pattern[cursor] - '0'), MaxRepeat + 1);
            cursor++;
        }

        var digits = cursor - first;
        return digits > 0 && !(digits > 1 && pattern[first] == '0');
    }

    private void ApplyRepeat(int start, int min, int max, bool counted, int previousRepeatStart)
    {
        var greedy = !Has(ParseFlags.Ungreedy);
        if (position < pattern.Length && pattern[position] == '?')
        {
            greedy = !greedy;
            position++;
        }

        if (previousRepeatStart >= 0)
        {
            throw Error(Re2Messages.NestedRepeat(pattern[previousRepeatStart..position]), previousRepeatStart);
        }

        var items = Top.Items;
        if (items.Count == 0)
        {
            throw Error(Re2Messages.MissingRepeatArgument(pattern[start..position]), start);
        }

        var repeat = new Re2Node.Repeat(items[^1], min, max, greedy, counted);
        items.RemoveAt(items.Count - 1);
        Append(repeat);

        if (counted && (min >= 2 || max >= 2) && !WithinRepeatLimit(repeat, MaxRepeat))
        {
            throw Error(Re2Messages.NestedRepeatTooLarge(pattern[start..position]), start);
        }
    }

    /// <summary>
    /// Checks that nested counted repetitions multiply to at most <paramref name="limit"/> copies of
    /// the innermost item, as Go does: <c>(a{100}){11}</c> is rejected, <c>(a{100})*</c> is not.
    /// </summary>
    private static bool WithinRepeatLimit(Re2Node node, int limit)
    {
        if (node is Re2Node.Repeat { Counted: true } counted)
        {
            if (counted.Max == 0)
            {
                return true;
            }

            var count = counted.Max < 0 ? counted.Min : counted.Max;
            if (count > limit)
            {
                return false;
            }

            if (count > 0)
            {
                limit /= count;
            }
        }

        return node switch
        {
            Re2Node.Repeat repeat => WithinRepeatLimit(repeat.Body, limit),
            Re2Node.Capture capture => WithinRepeatLimit(capture.Body, limit),
            Re2Node.Concat concat => concat.Items.All(item => WithinRepeatLimit(item, limit)),
            Re2Node.Alternate alternate => alternate.Branches.All(branch => WithinRepeatLimit(branch, limit)),
            _ => true,
        };
    }

    /// <summary>Reads one code point of literal text, joining a surrogate pair.</summary>
    private int ReadCodePoint()
    {
        var c = pattern[position];
        if (char.IsHighSurrogate(c) && position + 1 < pattern.Length && char.IsLowSurrogate(pattern[position + 1]))
        {
            position += 2;
            return char.ConvertToUtf32(c, pattern[position - 1]);
        }

        if (char.IsSurrogate(c))
        {
            throw Error(Re2Messages.UnpairedSurrogate(c), position);
        }

        position++;
        return c;
    }

    private InvalidPatternException Error(string reason, int at) => new(pattern, reason, at);

    /// <summary>An open group: its alternatives so far and the items of the current one.</summary>
    private sealed class GroupFrame(int openPosition, ParseFlags flagsBefore, bool capturing, string? name)
    {
        private readonly List<Re2Node> branches = [];

        /// <summary>Offset of the group's <c>(</c>, or -1 for the whole pattern.</summary>
        public int OpenPosition => openPosition;

        /// <summary>The flags in force before the group, restored at its <c>)</c>.</summary>
        public ParseFlags FlagsBefore => flagsBefore;

        public bool Capturing => capturing;

        public string? Name => name;

        public List<Re2Node> Items { get; private set; } = [];

        public void EndBranch()
        {
            branches.Add(ToNode(Items));
            Items = [];
        }

        public Re2Node Finish()
        {
            EndBranch();
            return branches.Count == 1 ? branches[0] : new Re2Node.Alternate([.. branches]);
        }

        private static Re2Node ToNode(List<Re2Node> items) => items.Count switch
        {
            0 => new Re2Node.Empty(),
            1 => items[0],
            _ => new Re2Node.Concat([.. items]),
        };
    }
}
