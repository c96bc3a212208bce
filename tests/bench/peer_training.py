"""The training loop the PyTorch peers of the autoencoder benchmarks share: one shuffled epoch of MSE reconstruction."""
import torch
from torch import nn


def train_epoch(model, optimizer, x, batch_size, generator):
    """Trains model on x for one epoch in shuffled batches (order drawn from generator); returns the mean MSE loss."""
    loss_fn = nn.MSELoss()
    n = x.shape[0]
    order = torch.randperm(n, generator=generator)
    total = 0.0
    for start in range(0, n, batch_size):
        batch = x.index_select(0, order[start:start + batch_size])
        optimizer.zero_grad()
        loss = loss_fn(model(batch), batch)
        loss.backward()
        optimizer.step()
        total += loss.item() * batch.shape[0]
    return total / n
