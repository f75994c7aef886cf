/** Types of bench/toy-boardgame.mjs. */
import type { ToyParameters, ToyTotals } from './toy-model.mjs';
export interface BoardgameToy {
  readonly name: string;
  readonly turnsToPlay: number;
}
export declare function boardgameToy(p: ToyParameters): BoardgameToy;
export declare function runBoardgameToy(game: BoardgameToy, seed: number): ToyTotals;
