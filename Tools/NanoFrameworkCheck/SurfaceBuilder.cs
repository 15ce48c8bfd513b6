using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DeskStats.Tools.NanoFrameworkCheck
{
    /// <summary>Writes and compiles a surface (full or trimmed) until it compiles on its own.</summary>
    public static class SurfaceBuilder
    {
        /// <summary>Full name as listed (without type parameters) → type, for resolving base lists.</summary>
        public static Dictionary<string, ApiType> IndexTypes(IReadOnlyList<ApiAssembly> assemblies)
        {
            var index = new Dictionary<string, ApiType>(StringComparer.Ordinal);
            foreach (ApiType type in assemblies.SelectMany(a => a.Types))
            {
                string name = type.ListedName.Split('<')[0];
                index[name] = type;
                index[type.MetadataName] = type;
            }
            return index;
        }

        /// <summary>The base class (first entry of the base list, when it is a listed class).</summary>
        public static ApiType BaseClass(ApiType type, Dictionary<string, ApiType> index)
        {
            if (type.Bases == null || type.Kind != ApiTypeKind.Class) return null;
            string first = type.Bases.Split(',')[0].Trim().Split('<')[0];
            if (first == "object") first = "System.Object";
            return index.TryGetValue(first, out ApiType baseType) && baseType.Kind == ApiTypeKind.Class ? baseType : null;
        }

        /// <summary>A selection of everything listed.</summary>
        public static SurfaceSelection Everything(IReadOnlyList<ApiAssembly> assemblies)
        {
            var selection = new SurfaceSelection { IsFull = true };
            Dictionary<string, ApiType> index = IndexTypes(assemblies);
            foreach (ApiType type in assemblies.SelectMany(a => a.Types))
            {
                selection.Types.Add(type);
                foreach (ApiMember member in type.Members) selection.Members.Add(member);
                ApiType baseClass = BaseClass(type, index);
                if (baseClass != null) selection.BaseClasses.Add(baseClass);
            }
            return selection;
        }

        /// <summary>Writes and compiles; adds the explicit interface implementations C# asks for, then writes again.</summary>
        public static CompiledSurface Build(IReadOnlyList<ApiAssembly> assemblies, SurfaceSelection selection)
        {
            selection.InterfaceImplementations.Clear();
            CompiledSurface surface = SurfaceCompiler.Compile(SurfaceWriter.Write(assemblies, selection));
            if (AddMissingInterfaceImplementations(surface, selection))
            {
                surface = SurfaceCompiler.Compile(SurfaceWriter.Write(assemblies, selection));
            }
            SurfaceCompiler.CollectErrors(surface);
            return surface;
        }

        /// <summary>Maps a symbol declared in the surface to the api type or member written on its line.</summary>
        public static object ApiEntryOf(ISymbol symbol, CompiledSurface surface)
        {
            foreach (Location location in symbol.OriginalDefinition.Locations)
            {
                if (!location.IsInSource) continue;
                string assemblyName = symbol.OriginalDefinition.ContainingAssembly?.Name;
                if (assemblyName == null || !surface.Sources.TryGetValue(assemblyName, out SurfaceSource source)) continue;
                int line = location.GetLineSpan().StartLinePosition.Line;
                if (source.Declarations.TryGetValue(line, out object entry)) return entry;
            }
            return null;
        }

        private static bool AddMissingInterfaceImplementations(CompiledSurface surface, SurfaceSelection selection)
        {
            bool added = false;
            foreach (CSharpCompilationPair pair in surface.Assemblies.Select(p => new CSharpCompilationPair(p.Key, p.Value)))
            {
                foreach (INamedTypeSymbol type in AllTypes(pair.Compilation.Assembly.GlobalNamespace))
                {
                    if (type.TypeKind != TypeKind.Class && type.TypeKind != TypeKind.Struct) continue;
                    if (ApiEntryOf(type, surface) is not ApiType apiType) continue;
                    foreach (INamedTypeSymbol contract in type.AllInterfaces)
                    {
                        foreach (ISymbol member in contract.GetMembers())
                        {
                            if (member is IMethodSymbol { MethodKind: not MethodKind.Ordinary }) continue;
                            if (type.FindImplementationForInterfaceMember(member) != null) continue;
                            if (!selection.InterfaceImplementations.TryGetValue(apiType, out List<string> list))
                            {
                                list = new List<string>();
                                selection.InterfaceImplementations[apiType] = list;
                            }
                            list.Add(ExplicitImplementation(contract, member));
                            added = true;
                        }
                    }
                }
            }
            return added;
        }

        private sealed class CSharpCompilationPair
        {
            public CSharpCompilationPair(string name, Microsoft.CodeAnalysis.CSharp.CSharpCompilation compilation) { Name = name; Compilation = compilation; }
            public string Name { get; }
            public Microsoft.CodeAnalysis.CSharp.CSharpCompilation Compilation { get; }
        }

        private static string ExplicitImplementation(INamedTypeSymbol contract, ISymbol member)
        {
            string owner = contract.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            static string TypeName(ITypeSymbol t) => t.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            static string Parameters(IEnumerable<IParameterSymbol> parameters) => string.Join(", ", parameters.Select(p =>
                (p.RefKind == RefKind.Ref ? "ref " : p.RefKind == RefKind.Out ? "out " : p.RefKind == RefKind.In ? "in " : "") + TypeName(p.Type) + " " + p.Name));
            switch (member)
            {
                case IMethodSymbol method:
                    return (method.ReturnsVoid ? "void" : TypeName(method.ReturnType)) + " " + owner + "." + method.Name + "(" + Parameters(method.Parameters) + ") { throw null; }";
                case IPropertySymbol property:
                    string accessors = (property.GetMethod != null ? "get { throw null; } " : "") + (property.SetMethod != null ? "set { throw null; } " : "");
                    string name = property.IsIndexer ? "this[" + Parameters(property.Parameters) + "]" : property.Name;
                    return TypeName(property.Type) + " " + owner + "." + name + " { " + accessors + "}";
                case IEventSymbol @event:
                    return "event " + TypeName(@event.Type) + " " + owner + "." + @event.Name + " { add { } remove { } }";
                default:
                    return "";
            }
        }

        /// <summary>Every type (nested included) declared in a namespace tree.</summary>
        public static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceSymbol ns)
        {
            foreach (INamespaceOrTypeSymbol member in ns.GetMembers())
            {
                if (member is INamespaceSymbol child)
                {
                    foreach (INamedTypeSymbol type in AllTypes(child)) yield return type;
                }
                else if (member is INamedTypeSymbol type)
                {
                    yield return type;
                    foreach (INamedTypeSymbol nested in Nested(type)) yield return nested;
                }
            }
        }

        private static IEnumerable<INamedTypeSymbol> Nested(INamedTypeSymbol type)
        {
            foreach (INamedTypeSymbol nested in type.GetTypeMembers())
            {
                yield return nested;
                foreach (INamedTypeSymbol deeper in Nested(nested)) yield return deeper;
            }
        }
    }
}
