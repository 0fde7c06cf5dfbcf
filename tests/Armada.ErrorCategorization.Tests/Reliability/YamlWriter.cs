using System.Globalization;
using System.Text;

namespace Armada.ErrorCategorization.Tests.Reliability;

/// <summary>Writes a <see cref="YamlTree"/> as YAML text.</summary>
internal static class YamlWriter
{
    public static string Write(YamlTree tree, YamlStyle style)
    {
        var text = new StringBuilder();
        if (style == YamlStyle.Json)
        {
            WriteFlow(tree, text);
        }
        else
        {
            WriteBlock(tree, text, indent: 0);
        }

        return text.Append('\n').ToString();
    }

    private static void WriteFlow(YamlTree tree, StringBuilder text)
    {
        if (tree.Anchor is { } anchor)
        {
            text.Append('&').Append(anchor).Append(' ');
        }

        switch (tree)
        {
            case YamlScalar scalar:
                text.Append(scalar.Quoted ? Quote(scalar.Text) : scalar.Text);
                break;
            case YamlAlias alias:
                text.Append('*').Append(alias.Name);
                break;
            case YamlList list:
                text.Append('[');
                for (var i = 0; i < list.Items.Count; i++)
                {
                    text.Append(i == 0 ? "" : ", ");
                    WriteFlow(list.Items[i], text);
                }

                text.Append(']');
                break;
            case YamlMap map:
                text.Append('{');
                for (var i = 0; i < map.Entries.Count; i++)
                {
                    var key = map.Entries[i].Key;
                    text.Append(i == 0 ? "" : ", ").Append(key == "<<" ? key : Quote(key)).Append(": ");
                    WriteFlow(map.Entries[i].Value, text);
                }

                text.Append('}');
                break;
        }
    }

    /// <summary>Writes a block node that starts on a new line at <paramref name="indent"/>.</summary>
    private static void WriteBlock(YamlTree tree, StringBuilder text, int indent)
    {
        var pad = new string(' ', indent);
        switch (tree)
        {
            case YamlList { Items.Count: > 0, Anchor: null } list:
                foreach (var item in list.Items)
                {
                    text.Append(pad).Append('-');
                    WriteBlockValue(item, text, indent + 2);
                }

                break;
            case YamlMap { Entries.Count: > 0, Anchor: null } map:
                foreach (var (key, value) in map.Entries)
                {
                    text.Append(pad).Append(Key(key)).Append(':');
                    WriteBlockValue(value, text, indent + 2);
                }

                break;
            default:
                text.Append(pad);
                WriteFlow(tree, text);
                text.Append('\n');
                break;
        }
    }

    /// <summary>Writes the value after <c>key:</c> or <c>-</c>: inline for scalars, aliases and empty or anchored collections.</summary>
    private static void WriteBlockValue(YamlTree value, StringBuilder text, int indent)
    {
        if (value is YamlList { Items.Count: > 0, Anchor: null } or YamlMap { Entries.Count: > 0, Anchor: null })
        {
            text.Append('\n');
            WriteBlock(value, text, indent);
            return;
        }

        text.Append(' ');
        WriteFlow(value, text);
        text.Append('\n');
    }

    private static string Key(string key) =>
        key == "<<" || (key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')) ? key : Quote(key);

    /// <summary>Double-quotes <paramref name="value"/> with JSON escapes, which YAML's double-quoted style also reads.</summary>
    public static string Quote(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case < ' ' or (>= '\u007F' and <= '\u009F') or (>= '\uD800' and <= '\uDFFF') or '\uFEFF' or '\u2028' or '\u2029':
                    text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        return text.Append('"').ToString();
    }
}
