import { isUUID } from 'class-validator';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, AllowSignedIn } from '../../common/auth/allow';
import { AppError } from '../../common/errors/app-error';
import { runMutation } from '../../common/run-mutation';
import type { RequestContext } from '../../context';
import { findOrderByExternalId, findOrderById } from './order-rows.query';
import { OrderConnection, OrderType, UpsertOrderPayload } from './order.types';
import { listOrders } from './orders-page.query';
import { OrderSortEnum, OrdersFilter, type OrderSort } from './orders-query.input';
import { UpsertOrderInput } from './upsert-order.input';
import { upsertOrder } from './upsert-order.service';

@Resolver()
export class OrderResolver {
  @AllowSignedIn()
  @Query(() => OrderType, {
    nullable: true,
    description:
      'One order with its customer and lines, or null when none has this id. Any signed-in user.',
  })
  order(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The Rebound id of the order.' }) id: string,
  ): Promise<OrderType | null> {
    if (!isUUID(id)) {
      throw new AppError('BAD_USER_INPUT', 'id is not an order id', {
        fields: [{ path: 'id', problems: ['must be an ID'] }],
      });
    }
    return findOrderById(ctx.dataSource.manager, id);
  }

  @AllowSignedIn()
  @Query(() => OrderType, {
    nullable: true,
    description:
      "One order by its channel and the channel's order number, or null when unknown. Any signed-in user.",
  })
  orderByExternalId(
    @Ctx() ctx: RequestContext,
    @Arg('channel', { description: 'Sales channel, e.g. AMAZON_US.' }) channel: string,
    @Arg('externalId', { description: "The channel's order number, e.g. 114-1234567-1234567." })
    externalId: string,
  ): Promise<OrderType | null> {
    return findOrderByExternalId(ctx.dataSource.manager, channel, externalId);
  }

  @AllowSignedIn()
  @Query(() => OrderConnection, {
    description:
      'Orders, newest first by default, with their customers and lines; keyset pages of at most 100. Any signed-in user.',
  })
  orders(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 50).' })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'The endCursor of the previous page, from the same orderBy.',
    })
    after: string | null,
    @Arg('filter', () => OrdersFilter, { nullable: true, description: 'Which orders to list.' })
    filter: OrdersFilter | null,
    @Arg('orderBy', () => OrderSortEnum, {
      defaultValue: 'ORDERED_AT_DESC',
      description: 'Sort order of the list; a cursor only continues the order it came from.',
    })
    orderBy: OrderSort,
  ): Promise<OrderConnection> {
    return listOrders(ctx.dataSource.manager, { first, after, filter, orderBy });
  }

  @Allow('SUPPORT', 'ADMIN')
  @Mutation(() => UpsertOrderPayload, {
    description:
      'Records a marketplace order or brings it up to date, idempotent by channel and order number: the same input twice changes nothing (created: false, changed: false). Lines with returns cannot drop below the units returns hold (CONFLICT); unknown SKU codes are NOT_FOUND. SUPPORT and ADMIN.',
  })
  upsertOrder(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpsertOrderInput, {
      description: 'The order as the marketplace reports it.',
    })
    input: UpsertOrderInput,
  ): Promise<UpsertOrderPayload> {
    return runMutation(ctx, { action: 'upsertOrder', targetType: 'Order', targetId: null }, (tx) =>
      upsertOrder(tx, input),
    );
  }
}
