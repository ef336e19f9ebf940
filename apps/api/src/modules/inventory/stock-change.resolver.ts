import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Allow } from '../../common/auth/allow';
import { runMutation } from '../../common/run-mutation';
import type { RequestContext } from '../../context';
import {
  AdjustStockInput,
  AdjustStockPayload,
  ReleaseFromQuarantineInput,
  ReleaseFromQuarantinePayload,
  ShipStockToSupplierInput,
  ShipStockToSupplierPayload,
} from './stock-change.types';
import {
  adjustStock,
  releaseFromQuarantine,
  shipStockToSupplier,
} from './stock-operations.service';

@Resolver()
export class StockChangeResolver {
  @Allow('WAREHOUSE', 'ADMIN')
  @Mutation(() => AdjustStockPayload, {
    description:
      'Corrects a stock level (cycle count, found, lost, damaged, other) with an ADJUSTMENT movement; STOCK_BELOW_ZERO if a level would go below zero. WAREHOUSE or ADMIN.',
  })
  adjustStock(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The stock level to adjust, by how many units and why.' })
    input: AdjustStockInput,
  ): Promise<AdjustStockPayload> {
    return runMutation(
      ctx,
      { action: 'adjustStock', targetType: 'Sku', targetId: input.skuId },
      (tx) => adjustStock(tx, input),
    );
  }

  @Allow('WAREHOUSE', 'ADMIN')
  @Mutation(() => ReleaseFromQuarantinePayload, {
    description:
      'Moves refurbished units from quarantine to sellable (RELEASE_FROM_QUARANTINE); STOCK_BELOW_ZERO if fewer are in quarantine. WAREHOUSE or ADMIN.',
  })
  releaseFromQuarantine(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The quarantined units to release and where they go.' })
    input: ReleaseFromQuarantineInput,
  ): Promise<ReleaseFromQuarantinePayload> {
    return runMutation(
      ctx,
      { action: 'releaseFromQuarantine', targetType: 'Sku', targetId: input.skuId },
      (tx) => releaseFromQuarantine(tx, input),
    );
  }

  @Allow('WAREHOUSE', 'ADMIN')
  @Mutation(() => ShipStockToSupplierPayload, {
    description:
      "Ships units back to the SKU's supplier from sellable or quarantined stock (SHIP_TO_SUPPLIER); STOCK_BELOW_ZERO if fewer are there. WAREHOUSE or ADMIN.",
  })
  shipStockToSupplier(
    @Ctx() ctx: RequestContext,
    @Arg('input', { description: 'The units to send back to their supplier.' })
    input: ShipStockToSupplierInput,
  ): Promise<ShipStockToSupplierPayload> {
    return runMutation(
      ctx,
      { action: 'shipStockToSupplier', targetType: 'Sku', targetId: input.skuId },
      (tx) => shipStockToSupplier(tx, input),
    );
  }
}
