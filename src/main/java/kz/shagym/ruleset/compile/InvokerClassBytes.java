package kz.shagym.ruleset.compile;

import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.drools.util.ClassUtils;
import org.kie.api.KieBase;

/**
 * Lets go of the class files of the consequence invokers once their classes are defined: Drools keeps every
 * class it generated for a package as bytes ({@link JavaDialectRuntimeData#getStore()}), about 3 KB per rule
 * for the invoker and 1 KB for the rule's class, 80 MB of a 20,000-row version.
 *
 * <p>Drools reads an invoker's bytes again only to define its class (done here, and already done when the rule
 * base wired its invokers), to rebuild the package's class loader after rules are added to or removed from a
 * built rule base, and to serialize it. Neither happens to ours: a version is built once into a rule base of its
 * own and never changed or written out. The rule classes' bytes stay: a rule's class is defined the first time
 * the rule fires, and an invoker's {@code equals} reads its rule's class file.
 */
final class InvokerClassBytes {

    private InvokerClassBytes() {
    }

    static void release(KieBase kieBase) {
        for (InternalKnowledgePackage pkg : ((InternalRuleBase) kieBase).getPackages()) {
            if (pkg.getDialectRuntimeRegistry().getDialectData("java") instanceof JavaDialectRuntimeData java) {
                release(java);
            }
        }
    }

    private static void release(JavaDialectRuntimeData java) {
        // wires what is not wired yet: every invoker's class defined, so none of them needs its bytes again
        java.onBeforeExecute();
        ClassLoader loader = java.getClassLoader();
        java.getStore().keySet().removeIf(path -> isDefinedInvoker(loader, ClassUtils.convertResourceToClassName(path)));
    }

    private static boolean isDefinedInvoker(ClassLoader loader, String className) {
        if (!className.endsWith("Invoker")) {
            return false;
        }
        try {
            // the class is already defined, so the loader returns it without reading the bytes
            return loader.loadClass(className).getClassLoader() == loader;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
