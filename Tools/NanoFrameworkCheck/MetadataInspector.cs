using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using OperandType = System.Reflection.Emit.OperandType;

namespace DeskStats.Tools.NanoFrameworkCheck
{
    /// <summary>
    /// Reads a compiled firmware assembly and reports what nanoFramework 1.x cannot load: generic definitions and
    /// instantiations, multi-dimensional arrays, <c>localloc</c> (stackalloc), async state machines, dynamic.
    /// </summary>
    public static class MetadataInspector
    {
        private static readonly Dictionary<short, OperandType> OperandTypes = typeof(System.Reflection.Emit.OpCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (System.Reflection.Emit.OpCode)f.GetValue(null))
            .GroupBy(o => o.Value).ToDictionary(g => g.Key, g => g.First().OperandType);

        /// <summary>Findings for the assembly image (locations name the type or method; the file is the assembly).</summary>
        public static List<Finding> Inspect(byte[] image, string assemblyName)
        {
            var findings = new List<Finding>();
            using var pe = new PEReader(new MemoryStream(image));
            MetadataReader reader = pe.GetMetadataReader();
            var provider = new SignatureNameProvider(reader);
            void Add(FindingKind kind, string message)
            {
                if (!findings.Any(f => f.Kind == kind && f.Message == message)) findings.Add(new Finding(kind, assemblyName + ".dll", 0, 0, message));
            }
            void Check(string where, Func<string> decode)
            {
                provider.Problems.Clear();
                string text = decode();
                foreach (FindingKind problem in provider.Problems.Distinct()) Add(problem, Describe(problem) + " in " + where + " (" + text + ")");
            }

            foreach (TypeDefinitionHandle typeHandle in reader.TypeDefinitions)
            {
                TypeDefinition type = reader.GetTypeDefinition(typeHandle);
                string typeName = provider.GetTypeFromDefinition(reader, typeHandle, 0);
                if (type.GetGenericParameters().Count > 0) Add(FindingKind.Generic, "generic type definition " + typeName);
                foreach (InterfaceImplementationHandle implementation in type.GetInterfaceImplementations())
                {
                    string contract = Name(reader, provider, reader.GetInterfaceImplementation(implementation).Interface);
                    if (contract.EndsWith("IAsyncStateMachine", StringComparison.Ordinal)) Add(FindingKind.Async, "async state machine " + typeName);
                }
                if (!type.BaseType.IsNil) Check("base type of " + typeName, () => Name(reader, provider, type.BaseType));
                foreach (FieldDefinitionHandle fieldHandle in type.GetFields())
                {
                    FieldDefinition field = reader.GetFieldDefinition(fieldHandle);
                    Check("field " + typeName + "." + reader.GetString(field.Name), () => field.DecodeSignature(provider, null));
                }
                foreach (MethodDefinitionHandle methodHandle in type.GetMethods())
                {
                    MethodDefinition method = reader.GetMethodDefinition(methodHandle);
                    string methodName = typeName + "." + reader.GetString(method.Name);
                    if (method.GetGenericParameters().Count > 0) Add(FindingKind.Generic, "generic method definition " + methodName);
                    Check("signature of " + methodName, () => Format(method.DecodeSignature(provider, null)));
                    foreach (CustomAttributeHandle attributeHandle in method.GetCustomAttributes())
                    {
                        string attribute = AttributeTypeName(reader, provider, reader.GetCustomAttribute(attributeHandle));
                        if (attribute.EndsWith("AsyncStateMachineAttribute", StringComparison.Ordinal)) Add(FindingKind.Async, "async method " + methodName);
                    }
                    if (method.RelativeVirtualAddress == 0) continue;
                    MethodBodyBlock body = pe.GetMethodBody(method.RelativeVirtualAddress);
                    if (!body.LocalSignature.IsNil)
                    {
                        StandaloneSignature locals = reader.GetStandaloneSignature(body.LocalSignature);
                        Check("locals of " + methodName, () => string.Join(", ", locals.DecodeLocalSignature(provider, null)));
                    }
                    if (ContainsLocalloc(body.GetILBytes())) Add(FindingKind.StackAlloc, "stackalloc (localloc) in " + methodName);
                }
            }
            foreach (TypeReferenceHandle handle in reader.TypeReferences)
            {
                string name = provider.GetTypeFromReference(reader, handle, 0);
                if (name.StartsWith("System.Runtime.CompilerServices.CallSite", StringComparison.Ordinal) || name.StartsWith("Microsoft.CSharp.RuntimeBinder", StringComparison.Ordinal))
                    Add(FindingKind.Dynamic, "dynamic binding (" + name + ")");
                if (name == "System.Runtime.CompilerServices.DynamicAttribute") Add(FindingKind.Dynamic, "dynamic type (" + name + ")");
            }
            for (int row = 1; row <= reader.GetTableRowCount(TableIndex.TypeSpec); row++)
            {
                TypeSpecificationHandle handle = MetadataTokens.TypeSpecificationHandle(row);
                Check("a type reference", () => reader.GetTypeSpecification(handle).DecodeSignature(provider, null));
            }
            for (int row = 1; row <= reader.GetTableRowCount(TableIndex.MethodSpec); row++)
            {
                MethodSpecification spec = reader.GetMethodSpecification(MetadataTokens.MethodSpecificationHandle(row));
                Add(FindingKind.Generic, "generic method instantiation " + MemberName(reader, provider, spec.Method) + "<" + string.Join(", ", spec.DecodeSignature(provider, null)) + ">");
            }
            foreach (MemberReferenceHandle handle in reader.MemberReferences)
            {
                MemberReference member = reader.GetMemberReference(handle);
                string name = MemberName(reader, provider, handle);
                Check("reference to " + name, () => member.GetKind() == MemberReferenceKind.Method ? Format(member.DecodeMethodSignature(provider, null)) : member.DecodeFieldSignature(provider, null));
            }
            return findings;
        }

        private static string Describe(FindingKind kind) => kind switch
        {
            FindingKind.Generic => "generic instantiation",
            FindingKind.MultiDimensionalArray => "multi-dimensional array",
            _ => kind.ToString(),
        };

        private static string Format(MethodSignature<string> signature) => signature.ReturnType + "(" + string.Join(", ", signature.ParameterTypes) + ")";

        private static string Name(MetadataReader reader, SignatureNameProvider provider, EntityHandle handle) => handle.Kind switch
        {
            HandleKind.TypeDefinition => provider.GetTypeFromDefinition(reader, (TypeDefinitionHandle)handle, 0),
            HandleKind.TypeReference => provider.GetTypeFromReference(reader, (TypeReferenceHandle)handle, 0),
            HandleKind.TypeSpecification => reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(provider, null),
            _ => "?",
        };

        private static string MemberName(MetadataReader reader, SignatureNameProvider provider, EntityHandle handle)
        {
            if (handle.Kind == HandleKind.MethodDefinition)
            {
                MethodDefinition method = reader.GetMethodDefinition((MethodDefinitionHandle)handle);
                return provider.GetTypeFromDefinition(reader, method.GetDeclaringType(), 0) + "." + reader.GetString(method.Name);
            }
            if (handle.Kind == HandleKind.MemberReference)
            {
                MemberReference member = reader.GetMemberReference((MemberReferenceHandle)handle);
                return Name(reader, provider, member.Parent) + "." + reader.GetString(member.Name);
            }
            return "?";
        }

        private static string AttributeTypeName(MetadataReader reader, SignatureNameProvider provider, CustomAttribute attribute)
        {
            EntityHandle constructor = attribute.Constructor;
            if (constructor.Kind == HandleKind.MemberReference) return Name(reader, provider, reader.GetMemberReference((MemberReferenceHandle)constructor).Parent);
            if (constructor.Kind == HandleKind.MethodDefinition) return provider.GetTypeFromDefinition(reader, reader.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType(), 0);
            return "";
        }

        /// <summary>Walks IL instruction by instruction (so operand bytes are never mistaken for opcodes).</summary>
        public static bool ContainsLocalloc(byte[] il)
        {
            int offset = 0;
            while (offset < il.Length)
            {
                short value = il[offset];
                offset++;
                if (value == 0xFE && offset < il.Length)
                {
                    value = unchecked((short)(0xFE00 | il[offset]));
                    offset++;
                }
                if (value == unchecked((short)0xFE0F)) return true;
                if (!OperandTypes.TryGetValue(value, out OperandType operand)) return false;
                switch (operand)
                {
                    case OperandType.InlineNone: break;
                    case OperandType.ShortInlineBrTarget:
                    case OperandType.ShortInlineI:
                    case OperandType.ShortInlineVar: offset += 1; break;
                    case OperandType.InlineVar: offset += 2; break;
                    case OperandType.InlineI8:
                    case OperandType.InlineR: offset += 8; break;
                    case OperandType.InlineSwitch:
                        int count = BitConverter.ToInt32(il, offset);
                        offset += 4 + 4 * count;
                        break;
                    default: offset += 4; break;
                }
            }
            return false;
        }
    }

    /// <summary>Decodes signatures to readable names and notes what nanoFramework cannot load.</summary>
    public sealed class SignatureNameProvider : ISignatureTypeProvider<string, object>
    {
        private readonly MetadataReader _reader;
        public SignatureNameProvider(MetadataReader reader) { _reader = reader; }
        /// <summary>Problems seen since last cleared.</summary>
        public List<FindingKind> Problems { get; } = new List<FindingKind>();
        public string GetArrayType(string elementType, ArrayShape shape) { Problems.Add(FindingKind.MultiDimensionalArray); return elementType + "[" + new string(',', shape.Rank - 1) + "]"; }
        public string GetByReferenceType(string elementType) => elementType + "&";
        public string GetFunctionPointerType(MethodSignature<string> signature) => "method*";
        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) { Problems.Add(FindingKind.Generic); return genericType + "<" + string.Join(", ", typeArguments) + ">"; }
        public string GetGenericMethodParameter(object genericContext, int index) => "!!" + index;
        public string GetGenericTypeParameter(object genericContext, int index) => "!" + index;
        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;
        public string GetPinnedType(string elementType) => elementType;
        public string GetPointerType(string elementType) => elementType + "*";
        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => "System." + typeCode;
        public string GetSZArrayType(string elementType) => elementType + "[]";
        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            TypeDefinition type = reader.GetTypeDefinition(handle);
            string name = reader.GetString(type.Name);
            if (type.IsNested) return GetTypeFromDefinition(reader, type.GetDeclaringType(), 0) + "/" + name;
            string ns = reader.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }
        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            TypeReference type = reader.GetTypeReference(handle);
            string name = reader.GetString(type.Name);
            if (type.ResolutionScope.Kind == HandleKind.TypeReference) return GetTypeFromReference(reader, (TypeReferenceHandle)type.ResolutionScope, 0) + "/" + name;
            string ns = reader.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }
        public string GetTypeFromSpecification(MetadataReader reader, object genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
    }
}
