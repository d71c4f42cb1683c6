package io.github.sqlaudit.sql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.DecisionState;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.atn.PrecedencePredicateTransition;
import org.antlr.v4.runtime.atn.PredicateTransition;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Answers the parser's predictions from the next token alone where that token settles them, before ANTLR's
 * adaptive prediction runs. ANTLR generates a plain switch only for decisions whose lookahead sets contain no
 * predicate; in this grammar most one-token decisions reach a predicate through the rule's follow set (the
 * precedence predicates of the expression rules, the dialect checks), so ANTLR calls {@code adaptivePredict} for
 * them, about 64 times per statement in both our MySQL and our Oracle grammar.
 *
 * <p>For each decision (computed once, on its first use) a token gets an alternative when it starts exactly one
 * alternative, no predicate that prediction evaluates lies on its way, and, when it is only reached through the
 * rule's follow set, that alternative is the one ANTLR falls back to when nothing is viable (the first that can
 * end the rule). For such a token SLL prediction returns the same alternative. Only the SLL pass uses the table:
 * that pass bails out on the first error, and the LL pass that then reports the error predicts as ANTLR does, so
 * error messages and positions are unchanged. In the loops of left-recursive rules the operators sit behind
 * precedence predicates and so always go to ANTLR; a token that no operator starts ends the loop there too.
 */
public final class Ll1Prediction extends ParserATNSimulator {

    private static final int[] NOT_LL1 = new int[0];
    /** The tables of each grammar (one ATN per generated parser), shared by all its parser instances. */
    private static final Map<ATN, AtomicReferenceArray<int[]>> TABLES = new ConcurrentHashMap<>();

    private final AtomicReferenceArray<int[]> tables;

    /** For a generated parser: pass its {@code _ATN}, {@code _decisionToDFA} and {@code _sharedContextCache}. */
    public Ll1Prediction(Parser parser, ATN atn, DFA[] decisionToDFA, PredictionContextCache sharedContextCache) {
        super(parser, atn, decisionToDFA, sharedContextCache);
        this.tables = TABLES.computeIfAbsent(atn, a -> new AtomicReferenceArray<>(a.getNumberOfDecisions()));
    }

    @Override
    public int adaptivePredict(TokenStream input, int decision, ParserRuleContext outerContext) {
        if (getPredictionMode() == PredictionMode.SLL) {
            int[] table = tables.get(decision);
            if (table == null) {
                table = tableFor(atn, decision);
                tables.set(decision, table);
            }
            int type = input.LA(1) + 1;
            if (type < table.length && table[type] != 0) {
                return table[type];
            }
        }
        return super.adaptivePredict(input, decision, outerContext);
    }

    /** Alternative by token type + 1 (0: ask ANTLR), or an empty table when no token settles the decision. */
    public static int[] tableFor(ATN atn, int decision) {
        DecisionState state = atn.getDecisionState(decision);
        int alts = state.getNumberOfTransitions();
        List<Look> looks = new ArrayList<>();
        int firstEnding = 0;
        for (int alt = 1; alt <= alts; alt++) {
            Look look = new Look(atn);
            look.walk(state.transition(alt - 1).target, null, 0, false, new HashSet<>());
            looks.add(look);
            if (firstEnding == 0 && look.endsRule) {
                firstEnding = alt;
            }
        }
        int[] table = new int[atn.maxTokenType + 2];
        boolean any = false;
        for (int type = Token.EOF; type <= atn.maxTokenType; type++) {
            int only = 0;
            boolean clean = true;
            for (int alt = 1; alt <= alts && clean; alt++) {
                Look look = looks.get(alt - 1);
                if (look.tokens.contains(type)) {
                    clean = only == 0 && !look.predicated.contains(type)
                            && (look.inRule.contains(type) || alt == firstEnding);
                    only = alt;
                }
            }
            if (clean && only != 0) {
                table[type + 1] = only;
                any = true;
            }
        }
        return any ? table : NOT_LL1;
    }

    /** The rule invocations to return to, innermost first. */
    private record Stack(ATNState returnTo, Stack next) {
    }

    private record Visit(int state, Stack stack, int depthSign, boolean predicated) {
    }

    /**
     * The tokens one alternative can start with, walking the ATN as SLL prediction does: through invoked rules,
     * and past the decision's rule end into every place the rule is used. {@code depth} counts rule levels below
     * the decision's rule (negative once past its end).
     */
    private static final class Look {
        private final ATN atn;
        final IntervalSet tokens = new IntervalSet();
        final IntervalSet inRule = new IntervalSet();
        final IntervalSet predicated = new IntervalSet();
        boolean endsRule;

        Look(ATN atn) {
            this.atn = atn;
        }

        void walk(ATNState s, Stack stack, int depth, boolean predicatedPath, Set<Visit> busy) {
            if (!busy.add(new Visit(s.stateNumber, stack, Integer.signum(depth), predicatedPath))) {
                return;
            }
            if (s instanceof RuleStopState) {
                if (stack != null) {
                    walk(stack.returnTo, stack.next, depth - 1, predicatedPath, busy);
                    return;
                }
                if (depth == 0) {
                    endsRule = true;
                }
                depth = -1;
            }
            for (int i = 0; i < s.getNumberOfTransitions(); i++) {
                Transition t = s.transition(i);
                if (t instanceof RuleTransition) {
                    RuleTransition call = (RuleTransition) t;
                    int inner = depth >= 0 ? depth + 1 : depth;
                    walk(call.target, new Stack(call.followState, stack), inner, predicatedPath, busy);
                } else if (t instanceof PredicateTransition) {
                    walk(t.target, stack, depth, predicatedPath || depth >= 0, busy);
                } else if (t instanceof PrecedencePredicateTransition) {
                    walk(t.target, stack, depth, predicatedPath || depth == 0, busy);
                } else if (t.isEpsilon()) {
                    walk(t.target, stack, depth, predicatedPath, busy);
                } else {
                    IntervalSet label = t.getSerializationType() == Transition.WILDCARD
                            ? IntervalSet.of(Token.MIN_USER_TOKEN_TYPE, atn.maxTokenType)
                            : t.getSerializationType() == Transition.NOT_SET
                            ? IntervalSet.of(Token.MIN_USER_TOKEN_TYPE, atn.maxTokenType).subtract(t.label())
                            : t.label();
                    tokens.addAll(label);
                    if (depth >= 0) {
                        inRule.addAll(label);
                    }
                    if (predicatedPath) {
                        predicated.addAll(label);
                    }
                }
            }
        }
    }
}
