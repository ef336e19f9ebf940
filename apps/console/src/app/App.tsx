import { RouterProvider } from 'react-router/dom';
import { Provider as GraphqlProvider } from 'urql';
import { graphqlClient } from '../lib/graphql/client';
import { router } from './router';

export function App() {
  return (
    <GraphqlProvider value={graphqlClient}>
      <RouterProvider router={router} />
    </GraphqlProvider>
  );
}
