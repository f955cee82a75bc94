package org.aifundingatlas.sources;

import org.aifundingatlas.core.model.ReportedFigure;

/**
 * A reported figure beside the value computed from the rounds for the same scope and
 * period.
 *
 * @param figure the figure as published
 * @param scopeLabel its scope in the reader's language
 * @param reported its value in full units, {@code null} for a unit this page does not
 * know
 * @param computed the value computed from the rounds, {@code null} when none can be
 * @param notSummed for computed sums and means, the rounds the amount rule leaves out
 * @param roundsLink the rounds behind the computed value, {@code null} when there are
 * none to show
 * @param reason why the values differ (where known), or why nothing is computed
 */
public record ReconciledFigure(ReportedFigure figure, String scopeLabel, FigureValue reported, FigureValue computed,
		Long notSummed, String roundsLink, String reason) {

	public boolean hasComputedValue() {
		return this.computed != null;
	}

	/** Computed minus reported, {@code null} when nothing is computed. */
	public FigureValue difference() {
		return (this.computed != null && this.reported != null) ? this.computed.minus(this.reported) : null;
	}

}
