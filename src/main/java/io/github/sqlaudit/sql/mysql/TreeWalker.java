package io.github.sqlaudit.sql.mysql;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.RuleNode;

/**
 * A visitor that walks rule nodes only, and only the subtrees that can hold what it looks for: the facts never
 * come from a bare token, so terminals (a third of the tree) are not visited, and a subtree whose rule can never
 * contain a rule the walker acts on (an identifier, a literal, a data type, for most walkers) is skipped. Which rules
 * a walker acts on is read from its own visit methods; which rules can contain which from the grammar's ATN.
 */
abstract class TreeWalker extends MySqlParserBaseVisitor<Void> {

    private static final ClassValue<boolean[]> WALKED = new ClassValue<>() {
        @Override
        protected boolean[] computeValue(Class<?> walker) {
            return rulesThatMayContain(rulesVisitedBy(walker));
        }
    };

    /** Indexed by rule: whether a subtree of that rule may contain a node this walker acts on. */
    private final boolean[] walked = WALKED.get(getClass());

    @Override
    public Void visitChildren(RuleNode node) {
        List<ParseTree> children = ((ParserRuleContext) node).children;
        if (children == null) {
            return null;
        }
        for (int i = 0, n = children.size(); i < n; i++) {
            ParseTree child = children.get(i);
            if (child instanceof ParserRuleContext rule && walked[rule.getRuleIndex()]) {
                rule.accept(this);
            }
        }
        return null;
    }

    /** The rules whose visit method the walker (or a superclass below this one) overrides. */
    static boolean[] rulesVisitedBy(Class<?> walker) {
        Map<String, Integer> ruleIndex = new HashMap<>();
        String[] ruleNames = MySqlParser.ruleNames;
        for (int i = 0; i < ruleNames.length; i++) {
            ruleIndex.put(ruleNames[i], i);
        }
        boolean[] visited = new boolean[ruleNames.length];
        for (Class<?> type = walker; type != TreeWalker.class && type != null; type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.getName().startsWith("visit") && method.getParameterCount() == 1
                        && ParserRuleContext.class.isAssignableFrom(method.getParameterTypes()[0])) {
                    visited[ruleOf(method.getParameterTypes()[0], ruleIndex)] = true;
                }
            }
        }
        return visited;
    }

    /** A context class's rule: its own, or for a labeled alternative the rule of the class it extends. */
    private static int ruleOf(Class<?> context, Map<String, Integer> ruleIndex) {
        for (Class<?> type = context; type != ParserRuleContext.class; type = type.getSuperclass()) {
            String name = type.getSimpleName();
            Integer index = ruleIndex.get(Character.toLowerCase(name.charAt(0))
                    + name.substring(1, name.length() - "Context".length()));
            if (index != null) {
                return index;
            }
        }
        throw new IllegalStateException("no rule for " + context.getName());
    }

    /** Every rule from which one of {@code targets} can be reached by rule invocations (targets included). */
    static boolean[] rulesThatMayContain(boolean[] targets) {
        ATN atn = MySqlParser._ATN;
        int rules = atn.ruleToStartState.length;
        List<List<Integer>> callers = new ArrayList<>();
        for (int i = 0; i < rules; i++) {
            callers.add(new ArrayList<>());
        }
        for (ATNState state : atn.states) {
            if (state == null) {
                continue;
            }
            for (int t = 0; t < state.getNumberOfTransitions(); t++) {
                Transition transition = state.transition(t);
                if (transition instanceof RuleTransition call) {
                    callers.get(call.target.ruleIndex).add(state.ruleIndex);
                }
            }
        }
        boolean[] result = Arrays.copyOf(targets, rules);
        List<Integer> work = new ArrayList<>();
        for (int i = 0; i < rules; i++) {
            if (result[i]) {
                work.add(i);
            }
        }
        while (!work.isEmpty()) {
            int rule = work.remove(work.size() - 1);
            for (int caller : callers.get(rule)) {
                if (!result[caller]) {
                    result[caller] = true;
                    work.add(caller);
                }
            }
        }
        return result;
    }
}
