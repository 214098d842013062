import { Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { DivisionLevel } from '../generated/graphql';
import { useSession } from '../shell/session-context';
import { NodeChoicesQuery } from './node-documents';

/** One node a user may name: its division and how the menu words it. */
export interface NodeChoice {
  value: string;
  label: string;
}

/** The tier of the node that serves a division of each level (counties have none). */
const NODE_OF_LEVEL: Partial<Record<DivisionLevel, string>> = {
  NATIONAL: '部级节点',
  PROVINCE: '省级节点',
  CITY: '市级节点',
};

const choiceOf = (division: { code: string; name: string; level: DivisionLevel }) => {
  const tier = NODE_OF_LEVEL[division.level];
  return tier ? { value: division.code, label: `${division.name}（${tier}）` } : undefined;
};

/**
 * The nodes the signed-in user may ask about (`node` of auditLog, auditChain, syncStatus):
 * those above their division and their own, and for a province or the ministry the nodes
 * of the divisions directly below. Whether a node runs at this gateway is the API's to say
 * (a node it does not serve is refused with a message the screen shows).
 */
export function useNodeChoices(): NodeChoice[] {
  const { request, viewer } = useSession();
  const home = viewer.division.code;
  const [choices, setChoices] = useState<NodeChoice[]>([
    { value: home, label: viewer.division.name },
  ]);
  useEffect(() => {
    let current = true;
    request(NodeChoicesQuery, { home }).then(
      ({ division }) => {
        if (!current || !division) return;
        const above = [division.parent?.parent, division.parent].filter((each) => !!each);
        const below = division.level === 'CITY' ? [] : division.children;
        const found = [...above, division, ...below]
          .map((each) => each && choiceOf(each))
          .filter((each): each is NodeChoice => !!each);
        setChoices(found);
      },
      // Without the list the user still has their own node, the default of every `node`.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [request, home]);
  return choices;
}

/** 节点: which node a screen asks; the user's home node first. */
export function NodeSelect({
  value,
  onChange,
}: {
  value: string;
  onChange: (node: string) => void;
}) {
  const choices = useNodeChoices();
  return (
    <Space>
      <Typography.Text id="node-select-label">节点</Typography.Text>
      <Select
        aria-labelledby="node-select-label"
        style={{ minWidth: 220 }}
        value={value}
        options={choices}
        onChange={onChange}
        showSearch
        optionFilterProp="label"
        data-testid="node-select"
      />
    </Space>
  );
}
