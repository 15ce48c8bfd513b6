using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace DeskStats.Tools.NanoFrameworkCheck
{
    /// <summary>The public API of one nanoFramework assembly as listed in an <c>api/&lt;Assembly&gt;.txt</c> file.</summary>
    public sealed class ApiAssembly
    {
        /// <summary>Assembly name, e.g. <c>System.Device.Spi</c>.</summary>
        public string Name { get; set; }
        /// <summary>Names of the assemblies this one references (from the <c>refs: [...]</c> header).</summary>
        public List<string> References { get; } = new List<string>();
        /// <summary>Types in file order; nested types are listed too (their <see cref="ApiType.DeclaringType"/> is set).</summary>
        public List<ApiType> Types { get; } = new List<ApiType>();
    }

    /// <summary>The kind of a type declaration.</summary>
    public enum ApiTypeKind { Class, Struct, Interface, Enum, Delegate }

    /// <summary>One type line of an api file (<c>[Namespace] modifiers kind FullName : bases</c>) and its member lines.</summary>
    public sealed class ApiType
    {
        public ApiAssembly Assembly { get; set; }
        /// <summary>Namespace in brackets, e.g. <c>System.Device.Spi</c>.</summary>
        public string Namespace { get; set; }
        /// <summary>Full name as listed, e.g. <c>System.IO.IOException.IOExceptionErrorCode</c> or <c>System.Action&lt;T&gt;</c>; C# keywords for primitives (<c>int</c>).</summary>
        public string ListedName { get; set; }
        /// <summary>Modifiers as listed (<c>public sealed</c>).</summary>
        public string Modifiers { get; set; }
        public ApiTypeKind Kind { get; set; }
        /// <summary>Base class and interfaces as listed (after <c>:</c>), or null.</summary>
        public string Bases { get; set; }
        /// <summary>The C# identifier of the type (<c>Int32</c> for <c>int</c>), without type parameters.</summary>
        public string SimpleName { get; set; }
        /// <summary>Type parameter list including angle brackets (<c>&lt;T1, T2&gt;</c>) or empty.</summary>
        public string TypeParameters { get; set; }
        /// <summary>Enclosing type for nested types.</summary>
        public ApiType DeclaringType { get; set; }
        public List<ApiType> NestedTypes { get; } = new List<ApiType>();
        public List<ApiMember> Members { get; } = new List<ApiMember>();
        /// <summary>The header line as it stands in the file.</summary>
        public string Line { get; set; }
        /// <summary>Metadata name (<c>System.IO.IOException+IOExceptionErrorCode</c>, <c>System.Action`1</c>).</summary>
        public string MetadataName
        {
            get
            {
                string arity = TypeParameters.Length == 0 ? "" : "`" + (TypeParameters.Count(c => c == ',') + 1);
                if (DeclaringType != null) return DeclaringType.MetadataName + "+" + SimpleName + arity;
                return (Namespace.Length == 0 ? "" : Namespace + ".") + SimpleName + arity;
            }
        }
        public bool IsStatic => (" " + Modifiers + " ").Contains(" static ");
        public bool IsAbstract => (" " + Modifiers + " ").Contains(" abstract ");
        public override string ToString() => ListedName;
    }

    /// <summary>The kind of a member line.</summary>
    public enum ApiMemberKind { Method, Constructor, Property, Indexer, Field, Event, Operator, EnumValue, DelegateSignature }

    /// <summary>One member line of an api file.</summary>
    public sealed class ApiMember
    {
        public ApiType DeclaringType { get; set; }
        public ApiMemberKind Kind { get; set; }
        /// <summary>The declaration without indentation and without the trailing <c>// comment</c>.</summary>
        public string Declaration { get; set; }
        /// <summary>The trailing comment (<c>extern InternalCall</c>, <c>[Obsolete]</c>) or null.</summary>
        public string Comment { get; set; }
        /// <summary>Member name (<c>.ctor</c> for constructors, <c>this[]</c> for indexers).</summary>
        public string Name { get; set; }
        /// <summary>Number of parameters (methods, constructors, operators, indexers), else 0.</summary>
        public int ParameterCount { get; set; }
        public bool IsStatic => Declaration.StartsWith("public static ", StringComparison.Ordinal) || Declaration.StartsWith("protected static ", StringComparison.Ordinal) || Kind == ApiMemberKind.Operator || Declaration.Contains(" const ");
        public override string ToString() => DeclaringType.ListedName + " :: " + Declaration;
    }

    /// <summary>Reads the api/*.txt listings.</summary>
    public static class ApiReader
    {
        private static readonly Regex AssemblyHeader = new Regex(@"^=== assembly (?<name>\S+) \S+\s+refs: \[(?<refs>[^\]]*)\]");
        private static readonly Regex TypeHeader = new Regex(
            @"^\[(?<ns>[^\]]*)\] (?<mods>(?:(?:public|protected|internal|private|static|abstract|sealed|readonly|ref) )*)(?<kind>class|struct|interface|enum|delegate) (?<name>[\w.]+(?:<[^>]*>)?)(?: : (?<bases>.*))?$");

        private static readonly Dictionary<string, string> KeywordTypes = new Dictionary<string, string>
        {
            ["bool"] = "Boolean", ["byte"] = "Byte", ["char"] = "Char", ["double"] = "Double", ["float"] = "Single",
            ["int"] = "Int32", ["long"] = "Int64", ["object"] = "Object", ["sbyte"] = "SByte", ["short"] = "Int16",
            ["string"] = "String", ["uint"] = "UInt32", ["ulong"] = "UInt64", ["ushort"] = "UInt16", ["void"] = "Void",
            ["decimal"] = "Decimal",
        };

        /// <summary>Reads every <c>*.txt</c> in <paramref name="directory"/>.</summary>
        public static List<ApiAssembly> ReadDirectory(string directory)
        {
            var result = new List<ApiAssembly>();
            foreach (string path in Directory.GetFiles(directory, "*.txt").OrderBy(p => p, StringComparer.Ordinal))
            {
                result.Add(Read(File.ReadAllLines(path), Path.GetFileNameWithoutExtension(path)));
            }
            return result;
        }

        /// <summary>Parses one listing.</summary>
        public static ApiAssembly Read(string[] lines, string fallbackName)
        {
            var assembly = new ApiAssembly { Name = fallbackName };
            var byName = new Dictionary<string, ApiType>(StringComparer.Ordinal);
            ApiType current = null;
            for (int index = 0; index < lines.Length; index++)
            {
                string line = lines[index].TrimEnd('\r');
                if (line.Trim().Length == 0) continue;
                Match header = AssemblyHeader.Match(line);
                if (header.Success)
                {
                    assembly.Name = header.Groups["name"].Value;
                    foreach (string reference in header.Groups["refs"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        assembly.References.Add(reference.Split(' ')[0]);
                    }
                    continue;
                }
                if (line.StartsWith("[", StringComparison.Ordinal))
                {
                    Match type = TypeHeader.Match(line);
                    if (!type.Success) throw new FormatException(fallbackName + ".txt line " + (index + 1) + ": unrecognised type line: " + line);
                    current = CreateType(assembly, type, line, byName);
                    continue;
                }
                if (line.StartsWith("    ", StringComparison.Ordinal) && current != null)
                {
                    current.Members.Add(CreateMember(current, line.Trim()));
                    continue;
                }
                throw new FormatException(fallbackName + ".txt line " + (index + 1) + ": unrecognised line: " + line);
            }
            return assembly;
        }

        private static ApiType CreateType(ApiAssembly assembly, Match match, string line, Dictionary<string, ApiType> byName)
        {
            string ns = match.Groups["ns"].Value;
            string listed = match.Groups["name"].Value;
            string typeParameters = "";
            string nameWithoutParameters = listed;
            int angle = listed.IndexOf('<');
            if (angle >= 0)
            {
                typeParameters = listed.Substring(angle);
                nameWithoutParameters = listed.Substring(0, angle);
            }
            var type = new ApiType
            {
                Assembly = assembly,
                Namespace = ns,
                ListedName = listed,
                Modifiers = match.Groups["mods"].Value.Trim(),
                Kind = (ApiTypeKind)Enum.Parse(typeof(ApiTypeKind), match.Groups["kind"].Value, ignoreCase: true),
                Bases = match.Groups["bases"].Success ? match.Groups["bases"].Value : null,
                TypeParameters = typeParameters,
                Line = line,
            };
            string relative = nameWithoutParameters;
            if (KeywordTypes.TryGetValue(relative, out string systemName))
            {
                relative = systemName;
            }
            else if (ns.Length > 0 && relative.StartsWith(ns + ".", StringComparison.Ordinal))
            {
                relative = relative.Substring(ns.Length + 1);
            }
            int lastDot = relative.LastIndexOf('.');
            if (lastDot >= 0)
            {
                string parentName = (ns.Length > 0 ? ns + "." : "") + relative.Substring(0, lastDot);
                if (!byName.TryGetValue(parentName, out ApiType parent))
                {
                    throw new FormatException(assembly.Name + ": nested type " + listed + " before its declaring type " + parentName);
                }
                type.DeclaringType = parent;
                parent.NestedTypes.Add(type);
                relative = relative.Substring(lastDot + 1);
            }
            type.SimpleName = relative;
            byName[nameWithoutParameters] = type;
            assembly.Types.Add(type);
            return type;
        }

        private static ApiMember CreateMember(ApiType type, string text)
        {
            var member = new ApiMember { DeclaringType = type };
            int comment = text.IndexOf("   //", StringComparison.Ordinal);
            if (comment >= 0)
            {
                member.Comment = text.Substring(comment + 5).Trim();
                text = text.Substring(0, comment).TrimEnd();
            }
            member.Declaration = text;
            int parenthesis = text.IndexOf('(');
            if (type.Kind == ApiTypeKind.Enum)
            {
                member.Kind = ApiMemberKind.EnumValue;
                member.Name = text.Split(' ')[0];
            }
            else if (type.Kind == ApiTypeKind.Delegate)
            {
                member.Kind = ApiMemberKind.DelegateSignature;
                member.Name = "Invoke";
                member.ParameterCount = CountParameters(text, parenthesis);
            }
            else if (Regex.IsMatch(text, @"(^|\s)event\s"))
            {
                member.Kind = ApiMemberKind.Event;
                member.Name = LastIdentifier(text);
            }
            else if (text.Contains(" this[", StringComparison.Ordinal))
            {
                member.Kind = ApiMemberKind.Indexer;
                member.Name = "this[]";
                member.ParameterCount = text.Substring(text.IndexOf(" this[", StringComparison.Ordinal)).Split(']')[0].Count(c => c == ',') + 1;
            }
            else if (text.Contains("{ get", StringComparison.Ordinal) || text.Contains("{ set", StringComparison.Ordinal))
            {
                member.Kind = ApiMemberKind.Property;
                member.Name = LastIdentifier(text.Substring(0, text.IndexOf('{')));
            }
            else if (Regex.IsMatch(text, @"\boperator\b"))
            {
                member.Kind = ApiMemberKind.Operator;
                member.Name = "operator";
                member.ParameterCount = CountParameters(text, parenthesis);
            }
            else if (parenthesis >= 0 && !text.Contains(" = ", StringComparison.Ordinal) || parenthesis >= 0 && text.IndexOf(" = ", StringComparison.Ordinal) > parenthesis)
            {
                string beforeParenthesis = text.Substring(0, parenthesis);
                string name = LastIdentifier(beforeParenthesis);
                bool isConstructor = name == type.SimpleName && !beforeParenthesis.Trim().Contains(' ' + name + ' ') &&
                    beforeParenthesis.Trim().Split(' ').Length <= 2;
                member.Kind = isConstructor ? ApiMemberKind.Constructor : ApiMemberKind.Method;
                member.Name = isConstructor ? ".ctor" : name;
                member.ParameterCount = CountParameters(text, parenthesis);
            }
            else
            {
                member.Kind = ApiMemberKind.Field;
                string beforeValue = text.Contains(" = ", StringComparison.Ordinal) ? text.Substring(0, text.IndexOf(" = ", StringComparison.Ordinal)) : text;
                member.Name = LastIdentifier(beforeValue);
            }
            return member;
        }

        private static int CountParameters(string text, int parenthesis)
        {
            int close = text.LastIndexOf(')');
            string inside = text.Substring(parenthesis + 1, close - parenthesis - 1).Trim();
            if (inside.Length == 0) return 0;
            int depth = 0, count = 1;
            foreach (char c in inside)
            {
                if (c == '<' || c == '[' || c == '(') depth++;
                else if (c == '>' || c == ']' || c == ')') depth--;
                else if (c == ',' && depth == 0) count++;
            }
            return count;
        }

        private static string LastIdentifier(string text)
        {
            Match match = Regex.Match(text.TrimEnd(), @"(\w+)$");
            return match.Success ? match.Groups[1].Value : text.Trim();
        }
    }
}
