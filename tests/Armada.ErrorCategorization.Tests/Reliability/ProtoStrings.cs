using System.Collections;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Armada.ErrorCategorization.Tests.Reliability;

/// <summary>Lists every string field of a protobuf message and its sub-messages, with its path, through the message descriptors.</summary>
internal static class ProtoStrings
{
    public static List<(string Path, string Value)> Collect(IMessage message)
    {
        var strings = new List<(string, string)>();
        Collect(message, message.Descriptor.Name, strings);
        return strings;
    }

    private static void Collect(IMessage message, string path, List<(string, string)> strings)
    {
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            var value = field.Accessor.GetValue(message);
            var fieldPath = $"{path}.{field.Name}";
            if (field.IsMap)
            {
                foreach (DictionaryEntry entry in (IDictionary)value)
                {
                    CollectValue(entry.Key, $"{fieldPath}[key]", strings);
                    CollectValue(entry.Value, $"{fieldPath}[{entry.Key}]", strings);
                }
            }
            else if (field.IsRepeated)
            {
                var index = 0;
                foreach (var element in (IList)value)
                {
                    CollectValue(element, $"{fieldPath}[{index++}]", strings);
                }
            }
            else if (field.FieldType != FieldType.Message || field.Accessor.HasValue(message))
            {
                CollectValue(value, fieldPath, strings);
            }
        }
    }

    private static void CollectValue(object? value, string path, List<(string, string)> strings)
    {
        switch (value)
        {
            case string text:
                strings.Add((path, text));
                break;
            case IMessage message:
                Collect(message, path, strings);
                break;
        }
    }
}
