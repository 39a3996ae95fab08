#!/usr/bin/env python3
"""One-off clean-up, run once after the branches are merged and then deleted: fully qualified class names written
inline in src/main (java.util.Map<...>, org.springframework...AccessDeniedException) become imports. Leaves a name
alone where an import would clash (another class of that simple name is imported, declared in the file or in the
same package) and leaves comments, strings and package-info.java alone. Run `./mvnw spotless:apply` after it.

    python3 tools/inline-names-to-imports.py [src/main/java]
"""
import os
import re
import sys

ROOTS = ("java", "javax", "jakarta", "org", "com", "kz", "net", "ch", "io")
FQN = re.compile(r"(?<![\w.@])((?:%s)\.(?:[a-z][a-z0-9_]*\.)*)(@\w+(?:\([^)]*\))?\s+)?([A-Z]\w*)" % "|".join(ROOTS))
JAVA_LANG = {"String", "Object", "Integer", "Long", "Double", "Boolean", "Character", "Byte", "Short", "Float",
             "Number", "Math", "System", "Thread", "Runnable", "Override", "Deprecated", "SuppressWarnings",
             "Exception", "RuntimeException", "Error", "Throwable", "Iterable", "Comparable", "Record", "Enum",
             "Class", "Void", "StringBuilder", "CharSequence", "AutoCloseable", "Process", "Module", "Record"}


def code_spans(lines):
    """Yields (index, line) of lines that are code: not comments, not inside text blocks."""
    in_block_comment = in_text_block = False
    for i, line in enumerate(lines):
        stripped = line.strip()
        if in_text_block:
            if line.count('"""') % 2 == 1:
                in_text_block = False
            continue
        if in_block_comment:
            if "*/" in line:
                in_block_comment = False
            continue
        if stripped.startswith("/*") and "*/" not in stripped:
            in_block_comment = True
            continue
        if stripped.startswith(("//", "*", "/*", "import ", "package ")):
            continue
        if line.count('"""') % 2 == 1:
            in_text_block = True
        yield i, line


def in_string_or_comment(line, pos):
    before = line[:pos]
    if before.count('"') % 2 == 1:
        return True
    comment = line.find("//")
    return 0 <= comment < pos and before[:comment].count('"') % 2 == 0


def fix(path):
    source = open(path, encoding="utf-8").read()
    lines = source.split("\n")
    package = next((l.split()[1].rstrip(";") for l in lines if l.startswith("package ")), "")
    imported = {}
    for l in lines:
        m = re.match(r"import ([\w.]+)\.(\w+);", l)
        if m:
            imported[m.group(2)] = m.group(1) + "." + m.group(2)
    declared = set(re.findall(r"\b(?:class|interface|enum|record|@interface)\s+([A-Z]\w*)", source))
    siblings = {f[:-5] for f in os.listdir(os.path.dirname(path)) if f.endswith(".java")}
    wanted = {}  # simple name -> fqn
    clashes = set()
    for i, line in code_spans(lines):
        for m in FQN.finditer(line):
            if in_string_or_comment(line, m.start()):
                continue
            pkg, name = m.group(1)[:-1], m.group(3)
            fqn = pkg + "." + name
            if wanted.get(name, fqn) != fqn:
                clashes.add(name)
            wanted[name] = fqn
    changes = {}
    for name, fqn in wanted.items():
        pkg = fqn[: -len(name) - 1]
        if name in clashes or imported.get(name, fqn) != fqn:
            continue
        if pkg not in (package, "java.lang") and (name in declared or name in siblings or name in JAVA_LANG):
            continue
        changes[name] = (fqn, pkg not in (package, "java.lang") and name not in imported)
    if not changes:
        return 0
    count = 0
    for i, line in list(code_spans(lines)):
        def repl(m):
            nonlocal count
            name = m.group(3)
            if name not in changes or in_string_or_comment(line, m.start()) or m.group(1)[:-1] + "." + name != changes[name][0]:
                return m.group(0)
            count += 1
            return (m.group(2) or "") + name
        lines[i] = FQN.sub(repl, line)
    new_imports = sorted("import %s;" % fqn for fqn, add in changes.values() if add)
    if new_imports:
        idx = [i for i, l in enumerate(lines) if l.startswith("import ") and not l.startswith("import static")]
        if idx:
            for imp in new_imports:
                idx = [i for i, l in enumerate(lines) if l.startswith("import ") and not l.startswith("import static")]
                pos = next((i for i in idx if lines[i] > imp), idx[-1] + 1)
                lines.insert(pos, imp)
        else:
            pk = next(i for i, l in enumerate(lines) if l.startswith("package "))
            statics = [i for i, l in enumerate(lines) if l.startswith("import static")]
            at = (statics[-1] if statics else pk) + 1
            lines[at:at] = [""] + new_imports
    open(path, "w", encoding="utf-8").write("\n".join(lines))
    return count


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "src/main/java"
    total = 0
    for dirpath, _, files in os.walk(root):
        for f in sorted(files):
            if f.endswith(".java") and f != "package-info.java":
                n = fix(os.path.join(dirpath, f))
                if n:
                    print("%3d  %s" % (n, os.path.join(dirpath, f)))
                    total += n
    print("%d inline names replaced" % total)


if __name__ == "__main__":
    main()
