package io.github.sqlaudit.sql;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.dfa.DFA;

/**
 * Installed in a generated parser instead of {@link Ll1Prediction}: every prediction is made by ANTLR's SLL
 * prediction, and where the one-token table has an answer, that answer is compared with ANTLR's.
 */
public final class PredictionCheck extends ParserATNSimulator {

    public final List<String> mismatches = new ArrayList<>();
    public long predictions;
    public long answered;

    private PredictionCheck(Parser parser, ATN atn, DFA[] decisionToDFA, PredictionContextCache cache) {
        super(parser, atn, decisionToDFA, cache);
    }

    /** Installs the check in {@code parser} (SLL, bail on the first error) and returns it. */
    public static PredictionCheck install(Parser parser, ATN atn, DFA[] decisionToDFA, PredictionContextCache cache) {
        PredictionCheck check = new PredictionCheck(parser, atn, decisionToDFA, cache);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.setInterpreter(check);
        check.setPredictionMode(PredictionMode.SLL);
        return check;
    }

    @Override
    public int adaptivePredict(TokenStream input, int decision, ParserRuleContext outerContext) {
        int type = input.LA(1);
        String text = input.LT(1).getText();
        int antlr = super.adaptivePredict(input, decision, outerContext);
        int[] table = Ll1Prediction.tableFor(atn, decision);
        predictions++;
        if (type + 1 < table.length && table[type + 1] != 0) {
            answered++;
            if (table[type + 1] != antlr) {
                mismatches.add("decision " + decision + " at '" + text + "': table " + table[type + 1] + ", ANTLR "
                        + antlr);
            }
        }
        return antlr;
    }
}
