using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace DeskStats.Tools.NanoFrameworkCheck
{
    /// <summary>
    /// Finds the api types and members the firmware uses (compiled against the full surface): every symbol the
    /// semantic model binds, the operators and conversions it applies, and every type and member reference in the
    /// emitted IL (what lowering adds: string.Concat, Delegate.Combine, foreach's GetEnumerator, lock's Monitor...),
    /// then closes the set over what C# needs to compile the declarations themselves.
    /// </summary>
    public static class SurfaceTrimmer
    {
        /// <summary>Types the compiler itself needs from mscorlib, kept whether or not the firmware names them.</summary>
        public static readonly string[] CoreTypes =
        {
            "System.Object", "System.ValueType", "System.Enum", "System.Void", "System.Boolean", "System.Char", "System.SByte", "System.Byte",
            "System.Int16", "System.UInt16", "System.Int32", "System.UInt32", "System.Int64", "System.UInt64", "System.Single", "System.Double",
            "System.String", "System.Array", "System.Attribute", "System.AttributeUsageAttribute", "System.AttributeTargets", "System.IDisposable",
            "System.Exception", "System.Delegate", "System.MulticastDelegate", "System.ParamArrayAttribute", "System.FlagsAttribute", "System.Type",
            "System.IntPtr", "System.UIntPtr", "System.RuntimeTypeHandle", "System.RuntimeFieldHandle", "System.RuntimeMethodHandle",
            "System.Collections.IEnumerable", "System.Collections.IEnumerator", "System.IAsyncResult", "System.AsyncCallback",
            "System.Reflection.DefaultMemberAttribute", "System.Runtime.CompilerServices.IndexerNameAttribute",
        };

        /// <summary>The selection of what <paramref name="compilation"/> (compiled against <paramref name="full"/>) uses.</summary>
        public static SurfaceSelection Select(IReadOnlyList<ApiAssembly> api, CompiledSurface full, CSharpCompilation compilation, List<string> problems = null)
        {
            var collector = new Collector(api, full);
            CSharpCompilation corlib = full.Assemblies["mscorlib"];
            foreach (string name in CoreTypes) collector.Add(corlib.Assembly.GetTypeByMetadataName(name));
            // Members the compiler binds to by itself: attributes it emits or checks (params, [Flags], [AttributeUsage],
            // indexers), and the enumeration interfaces foreach binds to even when it lowers to an index loop.
            foreach (string name in new[] { "System.ParamArrayAttribute", "System.FlagsAttribute", "System.AttributeUsageAttribute", "System.Reflection.DefaultMemberAttribute",
                "System.Runtime.CompilerServices.IndexerNameAttribute", "System.Collections.IEnumerable", "System.Collections.IEnumerator", "System.IDisposable" })
            {
                INamedTypeSymbol attribute = corlib.Assembly.GetTypeByMetadataName(name);
                if (attribute == null) continue;
                foreach (ISymbol member in attribute.GetMembers()) collector.Add(member);
            }

            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                SemanticModel model = compilation.GetSemanticModel(tree);
                foreach (SyntaxNode node in tree.GetRoot().DescendantNodesAndSelf())
                {
                    SymbolInfo info = model.GetSymbolInfo(node);
                    collector.Add(info.Symbol);
                    foreach (ISymbol candidate in info.CandidateSymbols) collector.Add(candidate);
                    TypeInfo type = model.GetTypeInfo(node);
                    collector.Add(type.Type);
                    collector.Add(type.ConvertedType);
                    if (node is Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax)
                    {
                        collector.Add(model.GetConversion(node).MethodSymbol); // implicit user-defined conversions (byte[] → SpanByte)
                    }
                    ISymbol declared = model.GetDeclaredSymbol(node);
                    if (declared != null) collector.AddDeclaredByFirmware(declared);
                    IOperation operation = model.GetOperation(node);
                    switch (operation)
                    {
                        case IConversionOperation conversion: collector.Add(conversion.OperatorMethod); break;
                        case IBinaryOperation binary: collector.Add(binary.OperatorMethod); break;
                        case IUnaryOperation unary: collector.Add(unary.OperatorMethod); break;
                        case ICompoundAssignmentOperation compound: collector.Add(compound.OperatorMethod); break;
                        case IConstructorBodyOperation { Initializer: IExpressionStatementOperation { Operation: IInvocationOperation baseCall } }:
                            collector.Add(baseCall.TargetMethod); // an implicit base() call has no syntax of its own
                            break;
                    }
                }
            }
            using (var image = new MemoryStream())
            {
                Microsoft.CodeAnalysis.Emit.EmitResult emitted = compilation.Emit(image);
                if (emitted.Success) collector.AddMetadataReferences(image.ToArray());
                else problems?.AddRange(emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => "firmware against the full nanoFramework API does not emit: " + d));
            }
            collector.Close();
            return collector.Selection;
        }

        private sealed class Collector
        {
            private readonly CompiledSurface _full;
            private readonly Dictionary<string, ApiType> _index;
            private readonly Queue<ISymbol> _pending = new Queue<ISymbol>();
            private readonly HashSet<ISymbol> _seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            private readonly HashSet<IAssemblySymbol> _surfaceAssemblies = new HashSet<IAssemblySymbol>(SymbolEqualityComparer.Default);

            public Collector(IReadOnlyList<ApiAssembly> api, CompiledSurface full)
            {
                _full = full;
                _index = SurfaceBuilder.IndexTypes(api);
                foreach (CSharpCompilation assembly in full.Assemblies.Values) _surfaceAssemblies.Add(assembly.Assembly);
            }

            public SurfaceSelection Selection { get; } = new SurfaceSelection();

            public void Add(ISymbol symbol)
            {
                switch (symbol)
                {
                    case null: return;
                    case IAliasSymbol alias: Add(alias.Target); return;
                    case IArrayTypeSymbol array: Add(array.ElementType); return;
                    case IPointerTypeSymbol pointer: Add(pointer.PointedAtType); return;
                    case INamedTypeSymbol named when !SymbolEqualityComparer.Default.Equals(named, named.OriginalDefinition):
                        foreach (ITypeSymbol argument in named.TypeArguments) Add(argument);
                        Add(named.OriginalDefinition);
                        return;
                    case IMethodSymbol { ReducedFrom: not null } reduced: Add(reduced.ReducedFrom); return;
                }
                symbol = symbol.OriginalDefinition;
                // Matched by name: a surface assembly seen through the firmware compilation may be a retargeting copy
                // of the surface compilation's own symbol (its locations still lead to the written line).
                if (symbol.ContainingAssembly == null || !_full.Assemblies.ContainsKey(symbol.ContainingAssembly.Name)) return;
                if (_seen.Add(symbol)) _pending.Enqueue(symbol);
            }

            /// <summary>A firmware type or member: what it derives from, implements or overrides must exist.</summary>
            public void AddDeclaredByFirmware(ISymbol declared)
            {
                switch (declared)
                {
                    case INamedTypeSymbol type:
                        Add(type.BaseType);
                        foreach (INamedTypeSymbol contract in type.AllInterfaces)
                        {
                            Add(contract);
                            foreach (ISymbol member in contract.GetMembers()) Add(member);
                        }
                        if (type.DelegateInvokeMethod != null) AddSignature(type.DelegateInvokeMethod);
                        if (type.BaseType != null && type.InstanceConstructors.Any(c => c.IsImplicitlyDeclared))
                        {
                            Add(type.BaseType.InstanceConstructors.FirstOrDefault(c => c.Parameters.Length == 0));
                        }
                        break;
                    case IMethodSymbol method:
                        Add(method.OverriddenMethod);
                        AddSignature(method);
                        break;
                    case IPropertySymbol property:
                        Add(property.OverriddenProperty);
                        Add(property.Type);
                        break;
                    case IEventSymbol @event:
                        Add(@event.OverriddenEvent);
                        Add(@event.Type);
                        break;
                    case IFieldSymbol field: Add(field.Type); break;
                    case ILocalSymbol local: Add(local.Type); break;
                    case IParameterSymbol parameter: Add(parameter.Type); break;
                }
            }

            private void AddSignature(IMethodSymbol method)
            {
                Add(method.ReturnType);
                foreach (IParameterSymbol parameter in method.Parameters) Add(parameter.Type);
            }

            public void AddMetadataReferences(byte[] image)
            {
                using var pe = new PEReader(new MemoryStream(image));
                MetadataReader reader = pe.GetMetadataReader();
                var provider = new SignatureNameProvider(reader);
                var types = new Dictionary<TypeReferenceHandle, INamedTypeSymbol>();
                foreach (TypeReferenceHandle handle in reader.TypeReferences)
                {
                    INamedTypeSymbol type = Resolve(reader, handle);
                    types[handle] = type;
                    Add(type);
                }
                foreach (MemberReferenceHandle handle in reader.MemberReferences)
                {
                    MemberReference member = reader.GetMemberReference(handle);
                    if (member.Parent.Kind != HandleKind.TypeReference || !types.TryGetValue((TypeReferenceHandle)member.Parent, out INamedTypeSymbol type) || type == null) continue;
                    string name = reader.GetString(member.Name);
                    List<ISymbol> candidates = type.GetMembers(name).ToList();
                    if (candidates.Count == 1 || member.GetKind() == MemberReferenceKind.Field)
                    {
                        candidates.ForEach(Add);
                        continue;
                    }
                    MethodSignature<string> signature = member.DecodeMethodSignature(provider, null);
                    foreach (IMethodSymbol candidate in candidates.OfType<IMethodSymbol>())
                    {
                        if (candidate.Parameters.Length != signature.ParameterTypes.Length) continue;
                        bool same = MetadataTypeName(candidate.ReturnType, candidate.ReturnsByRef) == signature.ReturnType;
                        for (int index = 0; same && index < candidate.Parameters.Length; index++)
                        {
                            IParameterSymbol parameter = candidate.Parameters[index];
                            same = MetadataTypeName(parameter.Type, parameter.RefKind != RefKind.None) == signature.ParameterTypes[index];
                        }
                        if (same) Add(candidate);
                    }
                }
            }

            private INamedTypeSymbol Resolve(MetadataReader reader, TypeReferenceHandle handle)
            {
                TypeReference reference = reader.GetTypeReference(handle);
                string name = reader.GetString(reference.Name);
                if (reference.ResolutionScope.Kind == HandleKind.TypeReference)
                {
                    return Resolve(reader, (TypeReferenceHandle)reference.ResolutionScope)?.GetTypeMembers().FirstOrDefault(t => t.MetadataName == name);
                }
                if (reference.ResolutionScope.Kind != HandleKind.AssemblyReference) return null;
                string assemblyName = reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)reference.ResolutionScope).Name);
                if (!_full.Assemblies.TryGetValue(assemblyName, out CSharpCompilation assembly)) return null;
                string ns = reader.GetString(reference.Namespace);
                return assembly.Assembly.GetTypeByMetadataName(ns.Length == 0 ? name : ns + "." + name);
            }

            private static string MetadataTypeName(ITypeSymbol type, bool byReference)
            {
                string name = type switch
                {
                    IArrayTypeSymbol array => MetadataTypeName(array.ElementType, false) + "[" + new string(',', array.Rank - 1) + "]",
                    IPointerTypeSymbol pointer => MetadataTypeName(pointer.PointedAtType, false) + "*",
                    ITypeParameterSymbol parameter => (parameter.TypeParameterKind == TypeParameterKind.Method ? "!!" : "!") + parameter.Ordinal,
                    INamedTypeSymbol { ContainingType: not null } nested => MetadataTypeName(nested.ContainingType, false) + "/" + nested.MetadataName,
                    _ => type.ContainingNamespace == null || type.ContainingNamespace.IsGlobalNamespace ? type.MetadataName : type.ContainingNamespace.ToDisplayString() + "." + type.MetadataName,
                };
                return byReference ? name + "&" : name;
            }

            /// <summary>Takes every pending symbol, records its api entry and queues what its declaration needs.</summary>
            public void Close()
            {
                bool changed = true;
                while (changed)
                {
                    while (_pending.Count > 0) Record(_pending.Dequeue());
                    changed = ApplyDeclarationRules();
                }
            }

            private void Record(ISymbol symbol)
            {
                object entry = SurfaceBuilder.ApiEntryOf(symbol, _full);
                if (entry is ApiMember member)
                {
                    Selection.Members.Add(member);
                    KeepType(member.DeclaringType);
                }
                else if (entry is ApiType apiType)
                {
                    KeepType(apiType);
                }
                Add(symbol.ContainingType);
                switch (symbol)
                {
                    case INamedTypeSymbol type:
                        Add(type.BaseType);
                        foreach (INamedTypeSymbol contract in type.Interfaces) Add(contract);
                        if (type.DelegateInvokeMethod != null) AddSignature(type.DelegateInvokeMethod);
                        if (type.TypeKind == TypeKind.Enum) Add(type.EnumUnderlyingType);
                        break;
                    case IMethodSymbol method:
                        AddSignature(method);
                        Add(method.OverriddenMethod);
                        Add(method.AssociatedSymbol);
                        AddPairedOperator(method);
                        break;
                    case IPropertySymbol property:
                        Add(property.Type);
                        foreach (IParameterSymbol parameter in property.Parameters) Add(parameter.Type);
                        Add(property.OverriddenProperty);
                        break;
                    case IFieldSymbol field: Add(field.Type); break;
                    case IEventSymbol @event:
                        Add(@event.Type);
                        Add(@event.OverriddenEvent);
                        break;
                }
            }

            private static readonly Dictionary<string, string> OperatorPairs = new Dictionary<string, string>
            {
                ["op_Equality"] = "op_Inequality", ["op_Inequality"] = "op_Equality", ["op_LessThan"] = "op_GreaterThan",
                ["op_GreaterThan"] = "op_LessThan", ["op_LessThanOrEqual"] = "op_GreaterThanOrEqual",
                ["op_GreaterThanOrEqual"] = "op_LessThanOrEqual", ["op_True"] = "op_False", ["op_False"] = "op_True",
            };

            /// <summary>C# requires == with !=, &lt; with &gt;, &lt;= with &gt;=.</summary>
            private void AddPairedOperator(IMethodSymbol method)
            {
                if (method.MethodKind != MethodKind.UserDefinedOperator || !OperatorPairs.TryGetValue(method.Name, out string pairName)) return;
                foreach (IMethodSymbol pair in method.ContainingType.GetMembers(pairName).OfType<IMethodSymbol>())
                {
                    if (pair.Parameters.Select(p => p.Type).SequenceEqual(method.Parameters.Select(p => p.Type), SymbolEqualityComparer.Default)) Add(pair);
                }
            }

            private void KeepType(ApiType type)
            {
                for (ApiType current = type; current != null; current = current.DeclaringType) Selection.Types.Add(current);
            }

            /// <summary>
            /// What C# needs so the kept declarations compile: a base class's parameterless constructor for derived
            /// classes, overrides of kept abstract members, implementations of kept interface members.
            /// </summary>
            private bool ApplyDeclarationRules()
            {
                int before = _seen.Count;
                foreach (CSharpCompilation assembly in _full.Assemblies.Values)
                {
                    foreach (INamedTypeSymbol type in SurfaceBuilder.AllTypes(assembly.Assembly.GlobalNamespace))
                    {
                        if (SurfaceBuilder.ApiEntryOf(type, _full) is not ApiType apiType || !Selection.Types.Contains(apiType)) continue;
                        if (type.BaseType != null && SurfaceBuilder.ApiEntryOf(type.BaseType, _full) is ApiType baseType && baseType.Kind == ApiTypeKind.Class)
                        {
                            Selection.BaseClasses.Add(baseType);
                            IMethodSymbol parameterless = type.BaseType.InstanceConstructors.FirstOrDefault(c => c.Parameters.Length == 0 && c.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected);
                            if (parameterless != null && SurfaceBuilder.ApiEntryOf(parameterless, _full) is ApiMember) Add(parameterless);
                        }
                        foreach (ISymbol member in type.GetMembers())
                        {
                            ISymbol overridden = member switch
                            {
                                IMethodSymbol m => m.OverriddenMethod,
                                IPropertySymbol p => p.OverriddenProperty,
                                IEventSymbol e => e.OverriddenEvent,
                                _ => null,
                            };
                            if (overridden != null && overridden.IsAbstract && IsKept(overridden)) Add(member);
                        }
                        foreach (INamedTypeSymbol contract in type.AllInterfaces)
                        {
                            foreach (ISymbol member in contract.GetMembers())
                            {
                                if (!IsKept(member)) continue;
                                ISymbol implementation = type.FindImplementationForInterfaceMember(member);
                                if (implementation != null && SymbolEqualityComparer.Default.Equals(implementation.ContainingType, type)) Add(implementation);
                            }
                        }
                    }
                }
                bool changed = _seen.Count != before;
                while (_pending.Count > 0) Record(_pending.Dequeue());
                return changed;
            }

            private bool IsKept(ISymbol symbol)
            {
                if (symbol is IMethodSymbol { AssociatedSymbol: not null } accessor) symbol = accessor.AssociatedSymbol;
                return SurfaceBuilder.ApiEntryOf(symbol, _full) is ApiMember member && Selection.Members.Contains(member);
            }
        }
    }
}
